import { getUser } from "~/account/auth.server.ts";
import type { Part } from "~/content/vocabulary.ts";
import {
  addAnonymousProgress,
  anonymousPartsDone,
  readAnonymousProgress,
} from "~/learning/anonymous-progress.server.ts";
import { issueCertificateIfDue } from "~/learning/certificates.server.ts";
import { markPartDone, partsDone } from "~/learning/progress.server.ts";
import { courseProgress } from "~/learning/progress-rules.ts";
import { prisma } from "~/utils/db.server.ts";

/** The reader's progress in a course: from their account, or from the visitor cookie. */
export async function readerProgress(request: Request, course: string) {
  const user = await getUser(request);
  const done = user
    ? await partsDone(user.id, course)
    : anonymousPartsDone(await readAnonymousProgress(request), course);
  const certificate = user
    ? await prisma.certificate.findUnique({
        where: { userId_course: { userId: user.id, course } },
        select: { code: true, revokedAt: true },
      })
    : null;
  return { signedIn: Boolean(user), certificate, ...courseProgress(done) };
}

/** Marks a part done for the reader; returns a Set-Cookie header for a visitor, else null. */
export async function completePart(request: Request, course: string, part: Part) {
  const user = await getUser(request);
  if (!user) return addAnonymousProgress(request, course, part);
  await markPartDone(user.id, course, part);
  await issueCertificateIfDue(user.id, course);
  return null;
}
