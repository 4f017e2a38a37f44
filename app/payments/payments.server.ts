import { freeSeat, rebalanceSeats } from "~/cohorts/enrollment.server.ts";
import { parseEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import type { PaymentStatus } from "~/payments/payment-status.ts";
import { applyCheckoutSession } from "~/payments/reconciliation.server.ts";
import { paymentsEnabled, stripeClient } from "~/payments/stripe-client.server.ts";
import { prisma } from "~/utils/db.server.ts";

/**
 * Asks Stripe to close one Checkout session. The payment is marked `closing` first, so that
 * the `expired` event this causes does not release the seat behind the caller's back. If
 * Stripe refuses, the session has ended: expired (fine) or paid (the payment is applied).
 */
async function closeCheckout(payment: { id: string; checkoutSessionId: string }) {
  const claim = await prisma.payment.updateMany({
    where: { id: payment.id, status: "open" satisfies PaymentStatus },
    data: { status: "closing" satisfies PaymentStatus },
  });
  if (!claim.count) return;
  const setStatus = (status: PaymentStatus) =>
    prisma.payment.updateMany({
      where: { id: payment.id, status: "closing" satisfies PaymentStatus },
      data: { status },
    });
  try {
    await stripeClient().checkout.sessions.expire(payment.checkoutSessionId);
    await setStatus("expired");
  } catch (error) {
    const session = await stripeClient()
      .checkout.sessions.retrieve(payment.checkoutSessionId)
      .catch(() => null);
    if (session?.status === "expired") {
      await setStatus("expired");
      return;
    }
    await setStatus("open");
    if (session?.status !== "complete") throw error;
    await applyCheckoutSession(session);
  }
}

/** Closes an enrolment's open Checkouts; true when a payment went through or is under way. */
async function closeCheckouts(enrollmentId: string) {
  const open = await prisma.payment.findMany({
    where: { enrollmentId, status: "open" satisfies PaymentStatus },
  });
  for (const payment of open) await closeCheckout(payment);
  const paying = await prisma.payment.count({
    where: { enrollmentId, status: { in: ["paid", "processing"] satisfies PaymentStatus[] } },
  });
  return paying > 0;
}

/**
 * A learner gives up their seat or their place on the waiting list (whoever gets the seat is
 * told by email). A held seat's Checkout is
 * closed first, so that nobody pays for a seat they no longer have; a seat that is paid, or
 * being paid, is kept (only the trainer can remove a learner who paid, and refund them).
 */
export async function giveUpSeat(enrollment: { id: string; cohortId: string; userId: string }) {
  if (paymentsEnabled() && (await closeCheckouts(enrollment.id))) return { kept: true as const };
  return { kept: false as const, promoted: await freeSeat(enrollment.cohortId, enrollment.userId) };
}

/**
 * The trainer removes a learner, who is told by email, as is whoever gets the seat. The seat
 * is freed even if Stripe cannot be reached to close the learner's Checkout; a payment made
 * anyway gives the learner a seat back (see the webhook). Returns the removed enrolment and
 * the one promoted from the waiting list, if any.
 */
export async function removeLearner(cohortId: string, userId: string) {
  const enrollment = await prisma.enrollment.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
  });
  if (!enrollment || parseEnrollmentStatus(enrollment.status) === "removed") return null;
  if (paymentsEnabled()) {
    await closeCheckouts(enrollment.id).catch((error: unknown) =>
      console.error(`Could not close the Checkout of ${enrollment.id}`, error),
    );
  }
  const promoted = await freeSeat(cohortId, userId, "removed");
  return { removed: enrollment, promoted };
}

/**
 * Applies a cohort's new seats or price to its learners, who are told (see rebalanceSeats).
 * When it became free, the seats held for payment are confirmed first, then their Checkouts
 * are closed, so that nobody pays for a free seat.
 */
export async function settleSeatsAfterEdit(cohortId: string) {
  const gained = await rebalanceSeats(cohortId);
  const { priceCents } = await prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  if (priceCents === 0 && paymentsEnabled()) {
    const open = await prisma.payment.findMany({
      where: { status: "open" satisfies PaymentStatus, enrollment: { cohortId } },
    });
    for (const payment of open) {
      await closeCheckout(payment).catch((error: unknown) =>
        console.error(`Could not close Checkout session ${payment.checkoutSessionId}`, error),
      );
    }
  }
  return gained;
}
