import { randomBytes } from "node:crypto";

import { findCourse } from "~/content/queries.server.ts";
import { bestQuizScore, partsDone } from "~/learning/progress.server.ts";
import { isCertificateDue } from "~/learning/progress-rules.ts";
import { isUniqueViolation, prisma } from "~/utils/db.server.ts";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A public code such as STA-7KQ2-M9XD: unguessable, easy to read out and type. */
export function newCertificateCode() {
  const chars = [...randomBytes(8)].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]);
  return `STA-${chars.slice(0, 4).join("")}-${chars.slice(4).join("")}`;
}

/**
 * Issues the course's certificate once the learner has done every part and passed the quiz.
 * Issued at most once per learner and course (a unique index settles a race).
 */
export async function issueCertificateIfDue(userId: string, courseSlug: string) {
  const course = findCourse(courseSlug);
  if (!course) return null;
  const existing = await prisma.certificate.findUnique({
    where: { userId_course: { userId, course: courseSlug } },
  });
  if (existing) return existing;
  const [parts, score] = await Promise.all([
    partsDone(userId, courseSlug),
    bestQuizScore(userId, courseSlug),
  ]);
  if (!isCertificateDue(parts, score)) return null;
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { name: true },
  });
  try {
    return await prisma.certificate.create({
      data: {
        code: newCertificateCode(),
        userId,
        course: courseSlug,
        holderName: user.name,
        competences: course.digcomp.join(","),
      },
    });
  } catch (error) {
    // Issued at the same moment by another request: the unique index kept one.
    if (!isUniqueViolation(error)) throw error;
    return prisma.certificate.findUnique({
      where: { userId_course: { userId, course: courseSlug } },
    });
  }
}

export function findCertificate(code: string) {
  return prisma.certificate.findUnique({ where: { code: code.toUpperCase() } });
}
