import { prisma } from "~/utils/db.server.ts";

/** The subjects of the emails queued for an address, oldest first. */
export async function queuedSubjects(address: string) {
  const emails = await prisma.outboxEmail.findMany({
    where: { to: address },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return emails.map((email) => email.subject);
}

/** The subjects of the emails queued for the learner of an enrolment, oldest first. */
export async function queuedForEnrollment(enrollmentId: string) {
  const { user } = await prisma.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: { user: { select: { email: true } } },
  });
  return queuedSubjects(user.email);
}
