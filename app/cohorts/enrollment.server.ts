import { promotionNotice, queueCohortNotices } from "~/cohorts/cohort-mail.server.ts";
import {
  type ActiveEnrollmentStatus,
  type EnrollmentStatus,
  isActiveEnrollment,
  parseEnrollmentStatus,
} from "~/cohorts/enrollment-status.ts";
import { SEAT_HOLDING, type SeatHoldingStatus, seatsLeft } from "~/cohorts/seats.ts";
import { PAYING, type PaymentStatus } from "~/payments/payment-status.ts";
import { prisma } from "~/utils/db.server.ts";

export type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];
export type EnrollResult =
  { status: ActiveEnrollmentStatus; already: boolean; enrollmentId: string } | { status: "closed" };

/** An enrolment row with its status typed: the schema stores it as a string. */
const typed = <E extends { status: string }>(enrollment: E) => ({
  ...enrollment,
  status: parseEnrollmentStatus(enrollment.status),
});

/**
 * Every change to a cohort's seats starts by bumping the cohort row, which locks it: in
 * SQLite that takes the write lock at once, in PostgreSQL it locks the row. Concurrent
 * enrolments for the last seats are therefore decided one after the other.
 */
function lockCohort(tx: Tx, cohortId: string) {
  return tx.cohort.update({ where: { id: cohortId }, data: { seatsVersion: { increment: 1 } } });
}

/** The seats a cohort's learners hold (see SEAT_HOLDING); `db` may be a transaction. */
export function seatsTaken(db: Pick<Tx, "enrollment">, cohortId: string) {
  return db.enrollment.count({ where: { cohortId, status: { in: [...SEAT_HOLDING] } } });
}

async function hasFreeSeat(tx: Tx, cohort: { id: string; capacity: number }) {
  return seatsLeft(cohort.capacity, await seatsTaken(tx, cohort.id)) > 0;
}

/** A seat in a priced cohort is held until paid, unless this enrolment has paid already. */
async function seatStatus(
  tx: Tx,
  priceCents: number,
  enrollmentId?: string,
): Promise<SeatHoldingStatus> {
  if (priceCents === 0) return "enrolled";
  const paid = enrollmentId
    ? await tx.payment.count({ where: { enrollmentId, status: "paid" satisfies PaymentStatus } })
    : 0;
  return paid ? "enrolled" : "pending_payment";
}

/**
 * Enrols a learner: a seat while any is left (held as `pending_payment` for a paid cohort),
 * otherwise a place on the waiting list, and queues the email that says which (none for a
 * seat held for payment: the learner is on their way to pay). Enrolling twice changes nothing.
 */
export function enroll(cohortId: string, userId: string): Promise<EnrollResult> {
  return prisma.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    if (cohort.archivedAt) return { status: "closed" };
    const found = await tx.enrollment.findUnique({
      where: { cohortId_userId: { cohortId, userId } },
    });
    const existing = found && typed(found);
    if (existing && isActiveEnrollment(existing.status)) {
      return { status: existing.status, already: true, enrollmentId: existing.id };
    }
    const status = (await hasFreeSeat(tx, cohort))
      ? await seatStatus(tx, cohort.priceCents, existing?.id)
      : ("waiting" satisfies EnrollmentStatus);
    const enrollment = await tx.enrollment.upsert({
      where: { cohortId_userId: { cohortId, userId } },
      create: { cohortId, userId, status },
      update: { status, createdAt: new Date() },
    });
    if (status !== "pending_payment") {
      await queueCohortNotices(tx, [{ kind: status, enrollmentId: enrollment.id }]);
    }
    return { status, already: false, enrollmentId: enrollment.id };
  });
}

/** Gives a freed seat to the first learner on the waiting list, if any, and tells them. */
async function promoteFromWaitingList(
  tx: Tx,
  cohort: { id: string; capacity: number; priceCents: number },
) {
  if (!(await hasFreeSeat(tx, cohort))) return null;
  const next = await tx.enrollment.findFirst({
    where: { cohortId: cohort.id, status: "waiting" satisfies EnrollmentStatus },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  if (!next) return null;
  const status = await seatStatus(tx, cohort.priceCents, next.id);
  const promoted = await tx.enrollment.update({ where: { id: next.id }, data: { status } });
  await queueCohortNotices(tx, [promotionNotice({ ...promoted, status })]);
  return { ...promoted, status };
}

/** What the learner who loses a seat is told, if anything (nothing when they gave it up). */
export type ReleaseNotice = "removed" | "seatReleased";

/**
 * Frees a seat inside a transaction that has already taken a write lock or starts here; the
 * learner is told `notice`, if given.
 */
export async function releaseSeat(
  tx: Tx,
  cohortId: string,
  userId: string,
  notice?: ReleaseNotice,
) {
  const cohort = await lockCohort(tx, cohortId);
  await tx.enrollment.updateMany({
    where: { cohortId, userId },
    data: { status: "removed" satisfies EnrollmentStatus },
  });
  if (notice) {
    const { id } = await tx.enrollment.findUniqueOrThrow({
      where: { cohortId_userId: { cohortId, userId } },
    });
    await queueCohortNotices(tx, [{ kind: notice, enrollmentId: id }]);
  }
  return promoteFromWaitingList(tx, cohort);
}

/**
 * Frees a learner's seat (removed by the trainer, given up, or a payment that expired); the
 * first on the waiting list gets it. Returns the promoted enrolment, if any.
 */
export function freeSeat(cohortId: string, userId: string, notice?: ReleaseNotice) {
  return prisma.$transaction((tx) => releaseSeat(tx, cohortId, userId, notice));
}

/**
 * A payment went through: the held seat becomes a confirmed one. If the seat was lost
 * meanwhile (the learner was removed while paying), the learner takes a free seat, or the
 * first place on the waiting list, and the payment counts when a seat is given.
 */
export async function placePaidLearner(tx: Tx, enrollmentId: string) {
  // A write first, so that the transaction holds the write lock before it reads (see lockCohort).
  const enrollment = typed(
    await tx.enrollment.update({ where: { id: enrollmentId }, data: { updatedAt: new Date() } }),
  );
  if (enrollment.status === "enrolled") return enrollment;
  if (enrollment.status === "pending_payment") {
    return typed(
      await tx.enrollment.update({
        where: { id: enrollmentId },
        data: { status: "enrolled" satisfies EnrollmentStatus },
      }),
    );
  }
  const cohort = await lockCohort(tx, enrollment.cohortId);
  const free = await hasFreeSeat(tx, cohort);
  return typed(
    await tx.enrollment.update({
      where: { id: enrollmentId },
      data: free
        ? { status: "enrolled" satisfies EnrollmentStatus }
        : { status: "waiting" satisfies EnrollmentStatus, createdAt: new Date(0) },
    }),
  );
}

/** How long a seat is held for a learner who has not started paying for it (a freed seat). */
export const UNPAID_HOLD_HOURS = 48;
const HOUR = 60 * 60 * 1000;

/**
 * Releases the seats held longer than UNPAID_HOLD_HOURS by learners with no Checkout open,
 * being paid or paid (the background jobs first ask Stripe about Checkouts past their end).
 * Each seat is checked again under the cohort's lock. Returns the released and promoted
 * enrolments.
 */
export async function releaseStaleHolds(now = new Date()) {
  const stale = {
    status: "pending_payment" satisfies EnrollmentStatus,
    updatedAt: { lt: new Date(now.getTime() - UNPAID_HOLD_HOURS * HOUR) },
    payments: { none: { status: { in: [...PAYING] } } },
  };
  const candidates = await prisma.enrollment.findMany({
    where: stale,
    select: { id: true, cohortId: true },
  });
  const changes = [];
  for (const { id, cohortId } of candidates) {
    const change = await prisma.$transaction(async (tx) => {
      await lockCohort(tx, cohortId);
      const held = await tx.enrollment.findFirst({ where: { id, ...stale } });
      if (!held) return null;
      const promoted = await releaseSeat(tx, cohortId, held.userId, "seatReleased");
      return { released: held, promoted };
    });
    if (change) changes.push(change);
  }
  return changes;
}

/**
 * After the trainer changes a cohort's seats or price: seats held for payment in a cohort
 * that became free are confirmed, and every free seat goes to the waiting list, in order;
 * each learner who gained a seat is told. Returns the enrolments that gained a seat.
 */
export function rebalanceSeats(cohortId: string) {
  return prisma.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, cohortId);
    const gained = [];
    if (cohort.priceCents === 0) {
      const pendingPayment = { cohortId, status: "pending_payment" satisfies EnrollmentStatus };
      const held = await tx.enrollment.findMany({ where: pendingPayment });
      await tx.enrollment.updateMany({
        where: pendingPayment,
        data: { status: "enrolled" satisfies EnrollmentStatus },
      });
      gained.push(...held.map((e) => ({ ...e, status: "enrolled" as const })));
      await queueCohortNotices(
        tx,
        held.map((e) => ({ kind: "enrolled", enrollmentId: e.id })),
      );
    }
    let next = await promoteFromWaitingList(tx, cohort);
    while (next) {
      gained.push(next);
      next = await promoteFromWaitingList(tx, cohort);
    }
    return gained;
  });
}
