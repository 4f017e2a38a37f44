import { queueCohortNotices } from "~/cohorts/cohort-mail.server.ts";
import { placePaidLearner, releaseSeat, type Tx } from "~/cohorts/enrollment.server.ts";
import { parseEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import type { CheckoutState } from "~/payments/checkout-state.ts";
import { PAYING, type PaymentStatus } from "~/payments/payment-status.ts";

/** Whether applying a Checkout session's state changed anything. */
export type CheckoutUpdate = { outcome: "processed" | "ignored" };

const processed: CheckoutUpdate = { outcome: "processed" };
const ignored: CheckoutUpdate = { outcome: "ignored" };

/**
 * Applies a Checkout session's state to its payment, the seat it pays for and the emails this
 * causes, inside the caller's transaction. Each change is conditional on the payment's status,
 * so applying a state twice, or states in another order, ends in the same place: the webhook
 * and the reconciliation may both apply what they heard.
 */
export function applyCheckoutState(tx: Tx, sessionId: string, state: CheckoutState) {
  if (state === "paid") return paymentSucceeded(tx, sessionId);
  if (state === "processing") return paymentProcessing(tx, sessionId);
  return paymentFailed(tx, sessionId);
}

/**
 * The learner paid: the seat is theirs (or, if it was lost meanwhile, the first free one, or
 * the first place on the waiting list), as their email says.
 */
async function paymentSucceeded(tx: Tx, sessionId: string): Promise<CheckoutUpdate> {
  // Each handler writes first, so that its transaction holds the write lock before it reads.
  const { count } = await tx.payment.updateMany({
    where: { checkoutSessionId: sessionId, status: { not: "paid" satisfies PaymentStatus } },
    data: { status: "paid" satisfies PaymentStatus },
  });
  if (!count) return ignored;
  const payment = await tx.payment.findUniqueOrThrow({ where: { checkoutSessionId: sessionId } });
  const enrollment = await placePaidLearner(tx, payment.enrollmentId);
  await queueCohortNotices(tx, [
    {
      kind: enrollment.status === "enrolled" ? "enrolled" : "waiting",
      enrollmentId: enrollment.id,
    },
  ]);
  return processed;
}

/** Completed with a payment that takes days: the seat stays held until it succeeds or fails. */
async function paymentProcessing(tx: Tx, sessionId: string): Promise<CheckoutUpdate> {
  const { count } = await tx.payment.updateMany({
    where: {
      checkoutSessionId: sessionId,
      status: { in: ["open", "closing"] satisfies PaymentStatus[] },
    },
    data: { status: "processing" satisfies PaymentStatus },
  });
  return count ? processed : ignored;
}

/**
 * A Checkout session expired or its payment failed. The held seat is released only when the
 * learner has no other Checkout open, processing or paid: an old session expiring after a
 * newer one was paid changes nothing, whatever order the events arrive in. A session the
 * platform is closing itself (`closing`) is left to the code that closes it.
 */
async function paymentFailed(tx: Tx, sessionId: string): Promise<CheckoutUpdate> {
  const { count } = await tx.payment.updateMany({
    where: {
      checkoutSessionId: sessionId,
      status: { in: ["open", "processing"] satisfies PaymentStatus[] },
    },
    data: { status: "expired" satisfies PaymentStatus },
  });
  if (!count) return ignored;
  const { enrollment } = await tx.payment.findUniqueOrThrow({
    where: { checkoutSessionId: sessionId },
    include: { enrollment: true },
  });
  if (parseEnrollmentStatus(enrollment.status) !== "pending_payment") return processed;
  const stillPaying = await tx.payment.count({
    where: { enrollmentId: enrollment.id, status: { in: [...PAYING] } },
  });
  if (stillPaying) return processed;
  await releaseSeat(tx, enrollment.cohortId, enrollment.userId, "seatReleased");
  return processed;
}
