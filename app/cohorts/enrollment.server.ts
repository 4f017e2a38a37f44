import { prisma } from "../utils/db.server.ts";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];
export type EnrollmentStatus = "enrolled" | "waiting" | "pending_payment" | "removed";
export type EnrollResult =
  { status: Exclude<EnrollmentStatus, "removed">; already: boolean } | { status: "closed" };

const SEAT_HOLDING = ["enrolled", "pending_payment"];

/**
 * Every change to a cohort's seats starts by bumping the cohort row, which locks it: in
 * SQLite that takes the write lock at once, in PostgreSQL it locks the row. Concurrent
 * enrolments for the last seats are therefore decided one after the other.
 */
function lockCohort(tx: Tx, cohortId: string) {
  return tx.cohort.update({ where: { id: cohortId }, data: { seatsVersion: { increment: 1 } } });
}

/**
 * Enrols a learner: a seat while any is left (held as `pending_payment` for a paid cohort),
 * otherwise a place on the waiting list. Enrolling twice changes nothing.
 */
export function enroll(cohortId: string, userId: string): Promise<EnrollResult> {
  return prisma.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (cohort.archivedAt) return { status: "closed" };
    const existing = await tx.enrollment.findUnique({
      where: { cohortId_userId: { cohortId, userId } },
    });
    if (existing && existing.status !== "removed") {
      return { status: existing.status as Exclude<EnrollmentStatus, "removed">, already: true };
    }
    const taken = await tx.enrollment.count({ where: { cohortId, status: { in: SEAT_HOLDING } } });
    const status =
      taken < cohort.capacity
        ? cohort.priceCents > 0
          ? "pending_payment"
          : "enrolled"
        : "waiting";
    await tx.enrollment.upsert({
      where: { cohortId_userId: { cohortId, userId } },
      create: { cohortId, userId, status },
      update: { status, createdAt: new Date() },
    });
    return { status, already: false };
  });
}

/** Gives a freed seat to the first learner on the waiting list, if any. */
async function promoteFromWaitingList(
  tx: Tx,
  cohort: { id: string; capacity: number; priceCents: number },
) {
  const taken = await tx.enrollment.count({
    where: { cohortId: cohort.id, status: { in: SEAT_HOLDING } },
  });
  if (taken >= cohort.capacity) return null;
  const next = await tx.enrollment.findFirst({
    where: { cohortId: cohort.id, status: "waiting" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (!next) return null;
  const status = cohort.priceCents > 0 ? "pending_payment" : "enrolled";
  return tx.enrollment.update({ where: { id: next.id }, data: { status } });
}

/**
 * Frees a learner's seat (removed by the trainer, or a payment that expired); the first on
 * the waiting list gets it. Returns the promoted enrolment, if any.
 */
export function freeSeat(cohortId: string, userId: string) {
  return prisma.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    await tx.enrollment.updateMany({ where: { cohortId, userId }, data: { status: "removed" } });
    return promoteFromWaitingList(tx, cohort);
  });
}

/** A paid seat confirmed (the payment went through): only a held seat can be confirmed. */
export async function confirmSeat(cohortId: string, userId: string) {
  const { count } = await prisma.enrollment.updateMany({
    where: { cohortId, userId, status: "pending_payment" },
    data: { status: "enrolled" },
  });
  return count === 1;
}
