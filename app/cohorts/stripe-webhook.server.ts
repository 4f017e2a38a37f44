import type Stripe from "stripe";
import { isUniqueViolation, prisma } from "../utils/db.server.ts";
import { getEnv } from "../utils/env.server.ts";
import { placePaidLearner, releaseSeat, type Tx } from "./enrollment.server.ts";
import { promotionNotice, type CohortNotice } from "./cohort-mail.server.ts";
import { stripeClient } from "./payments.server.ts";

export type WebhookResult = {
  outcome: "processed" | "duplicate" | "ignored";
  notices: CohortNotice[];
};

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

/**
 * Applies one Stripe event exactly once. The event id is recorded in the same transaction as
 * its effect, and recording comes first: a second delivery fails on the unique id and changes
 * nothing, and a failure rolls both back so that Stripe's retry does the work.
 */
export async function processStripeEvent(event: Stripe.Event): Promise<WebhookResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type } });
      if (typeof (event.data.object as { id?: unknown }).id !== "string") return ignored();
      switch (event.type) {
        case "checkout.session.completed":
          return event.data.object.payment_status === "unpaid"
            ? ignored()
            : paymentSucceeded(tx, event.data.object);
        case "checkout.session.async_payment_succeeded":
          return paymentSucceeded(tx, event.data.object);
        case "checkout.session.expired":
        case "checkout.session.async_payment_failed":
          return paymentFailed(tx, event.data.object);
        default:
          return ignored();
      }
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { outcome: "duplicate", notices: [] };
    throw error;
  }
}

function ignored(): WebhookResult {
  return { outcome: "ignored", notices: [] };
}

/** The learner paid: the seat is theirs (or, if it was lost meanwhile, the first free one). */
async function paymentSucceeded(tx: Tx, session: Stripe.Checkout.Session): Promise<WebhookResult> {
  const payment = await tx.payment.findUnique({ where: { checkoutSessionId: session.id } });
  if (!payment) return ignored();
  if (payment.status === "paid") return { outcome: "processed", notices: [] };
  await tx.payment.update({ where: { id: payment.id }, data: { status: "paid" } });
  const enrollment = await placePaidLearner(tx, payment.enrollmentId);
  return {
    outcome: "processed",
    notices: [
      {
        kind: enrollment.status === "enrolled" ? "enrolled" : "waiting",
        enrollmentId: enrollment.id,
      },
    ],
  };
}

/**
 * A Checkout session expired or its payment failed. The held seat is released only when the
 * learner has no other Checkout open or paid: an old session expiring after a newer one was
 * paid changes nothing, whatever order the events arrive in.
 */
async function paymentFailed(tx: Tx, session: Stripe.Checkout.Session): Promise<WebhookResult> {
  const { count } = await tx.payment.updateMany({
    where: { checkoutSessionId: session.id, status: "open" },
    data: { status: "expired" },
  });
  if (!count) return ignored();
  const { enrollment } = await tx.payment.findUniqueOrThrow({
    where: { checkoutSessionId: session.id },
    include: { enrollment: true },
  });
  if (enrollment.status !== "pending_payment") return { outcome: "processed", notices: [] };
  const stillPaying = await tx.payment.count({
    where: { enrollmentId: enrollment.id, status: { in: ["open", "paid"] } },
  });
  if (stillPaying) return { outcome: "processed", notices: [] };
  const promoted = await releaseSeat(tx, enrollment.cohortId, enrollment.userId);
  const notices: CohortNotice[] = [{ kind: "seatReleased", enrollmentId: enrollment.id }];
  if (promoted) notices.push(promotionNotice(promoted));
  return { outcome: "processed", notices };
}
