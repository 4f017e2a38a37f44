import { prisma } from "~/utils/db.server.ts";

/** Everything the platform holds about a user, as they may download it (GDPR Articles 15 and 20). */
export async function exportUserData(userId: string) {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      role: true,
      language: true,
      consentAt: true,
      createdAt: true,
      progress: {
        select: { course: true, part: true, completedAt: true },
        orderBy: { completedAt: "asc" },
      },
      quizAttempts: {
        select: {
          course: true,
          score: true,
          passed: true,
          answers: true,
          language: true,
          createdAt: true,
        },
        orderBy: { createdAt: "asc" },
      },
      certificates: {
        select: {
          code: true,
          course: true,
          holderName: true,
          competences: true,
          issuedAt: true,
          revokedAt: true,
        },
      },
    },
  });
  const { progress, quizAttempts, certificates, ...profile } = user;
  return {
    exportedAt: new Date().toISOString(),
    profile,
    progress,
    quizAttempts: quizAttempts.map((a) => ({ ...a, answers: JSON.parse(a.answers) as unknown })),
    certificates: certificates.map((c) => ({ ...c, competences: c.competences.split(",") })),
  };
}
