import type Stripe from "stripe";

import { queueCohortNotices } from "~/cohorts/cohort-mail.server.ts";
import { PAYING, placePaidLearner, releaseSeat, type Tx } from "~/cohorts/enrollment.server.ts";
import { stripeClient } from "~/payments/stripe-client.server.ts";
import { isUniqueViolation, prisma } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";

export type WebhookResult = { outcome: "processed" | "duplicate" | "ignored" };

/** What a Checkout session means for the seat it pays for. */
type CheckoutState = "paid" | "processing" | "failed";

/** Checks the signature of a webhook delivery on its raw body; null when it is not Stripe's. */
export function verifyStripeEvent(payload: string, signature: string | null) {
  const secret = getEnv().STRIPE_WEBHOOK_SECRET;
  if (!secret || !signature) return null;
  try {
    return stripeClient().webhooks.constructEvent(payload, signature, secret);
  } catch {
    return null;
  }
}

function eventState(event: Stripe.Event): CheckoutState | null {
  switch (event.type) {
    case "checkout.session.completed":
      return event.data.object.payment_status === "unpaid" ? "processing" : "paid";
    case "checkout.session.async_payment_succeeded":
      return "paid";
    case "checkout.session.expired":
    case "checkout.session.async_payment_failed":
      return "failed";
    default:
      return null;
  }
}

/**
 * Applies one Stripe event exactly once. The event id is recorded in the same transaction as
 * its effect and the emails it causes, and recording comes first: a second delivery fails on
 * the unique id and changes nothing, and a failure rolls all back so that Stripe's retry does
 * the work.
 */
export async function processStripeEvent(event: Stripe.Event): Promise<WebhookResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type } });
      const sessionId = (event.data.object as { id?: unknown }).id;
      const state = eventState(event);
      if (!state || typeof sessionId !== "string") return ignored();
      return applyState(tx, sessionId, state);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { outcome: "duplicate" };
    throw error;
  }
}

/**
 * Applies what Stripe says of a Checkout session when the platform asks it directly (a webhook
 * may be late or lost): the same effects as the events, which are safe to apply twice.
 */
export function applyCheckoutSession(session: Stripe.Checkout.Session): Promise<WebhookResult> {
  const state: CheckoutState | null =
    session.status === "complete"
      ? session.payment_status === "unpaid"
        ? "processing"
        : "paid"
      : session.status === "expired"
        ? "failed"
        : null;
  if (!state) return Promise.resolve(ignored());
  return prisma.$transaction((tx) => applyState(tx, session.id, state));
}

function ignored(): WebhookResult {
  return { outcome: "ignored" };
}

function applyState(tx: Tx, sessionId: string, state: CheckoutState) {
  if (state === "paid") return paymentSucceeded(tx, sessionId);
  if (state === "processing") return paymentProcessing(tx, sessionId);
  return paymentFailed(tx, sessionId);
}

/**
 * The learner paid: the seat is theirs (or, if it was lost meanwhile, the first free one, or
 * the first place on the waiting list), as their email says.
 */
async function paymentSucceeded(tx: Tx, sessionId: string): Promise<WebhookResult> {
  // Each handler writes first, so that its transaction holds the write lock before it reads.
  const { count } = await tx.payment.updateMany({
    where: { checkoutSessionId: sessionId, status: { not: "paid" } },
    data: { status: "paid" },
  });
  if (!count) return ignored();
  const payment = await tx.payment.findUniqueOrThrow({ where: { checkoutSessionId: sessionId } });
  const enrollment = await placePaidLearner(tx, payment.enrollmentId);
  await queueCohortNotices(tx, [
    {
      kind: enrollment.status === "enrolled" ? "enrolled" : "waiting",
      enrollmentId: enrollment.id,
    },
  ]);
  return { outcome: "processed" };
}

/** Completed with a payment that takes days: the seat stays held until it succeeds or fails. */
async function paymentProcessing(tx: Tx, sessionId: string): Promise<WebhookResult> {
  const { count } = await tx.payment.updateMany({
    where: { checkoutSessionId: sessionId, status: { in: ["open", "closing"] } },
    data: { status: "processing" },
  });
  return count ? { outcome: "processed" } : ignored();
}

/**
 * A Checkout session expired or its payment failed. The held seat is released only when the
 * learner has no other Checkout open, processing or paid: an old session expiring after a
 * newer one was paid changes nothing, whatever order the events arrive in. A session the
 * platform is closing itself (`closing`) is left to the code that closes it.
 */
async function paymentFailed(tx: Tx, sessionId: string): Promise<WebhookResult> {
  const { count } = await tx.payment.updateMany({
    where: { checkoutSessionId: sessionId, status: { in: ["open", "processing"] } },
    data: { status: "expired" },
  });
  if (!count) return ignored();
  const { enrollment } = await tx.payment.findUniqueOrThrow({
    where: { checkoutSessionId: sessionId },
    include: { enrollment: true },
  });
  if (enrollment.status !== "pending_payment") return { outcome: "processed" };
  const stillPaying = await tx.payment.count({
    where: { enrollmentId: enrollment.id, status: { in: PAYING } },
  });
  if (stillPaying) return { outcome: "processed" };
  await releaseSeat(tx, enrollment.cohortId, enrollment.userId, "seatReleased");
  return { outcome: "processed" };
}
