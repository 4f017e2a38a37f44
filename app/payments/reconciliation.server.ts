import type Stripe from "stripe";

import { applyCheckoutState, type CheckoutUpdate } from "~/payments/checkout-effects.server.ts";
import { checkoutState } from "~/payments/checkout-state.ts";
import type { PaymentStatus } from "~/payments/payment-status.ts";
import { stripeClient } from "~/payments/stripe-client.server.ts";
import { prisma } from "~/utils/db.server.ts";

/**
 * Applies what Stripe says of a Checkout session when the platform asks it directly (a webhook
 * may be late or lost): the same mapping and the same effects as the events, which are safe to
 * apply twice.
 */
export function applyCheckoutSession(session: Stripe.Checkout.Session): Promise<CheckoutUpdate> {
  const state = checkoutState(session);
  if (!state) return Promise.resolve({ outcome: "ignored" });
  return prisma.$transaction((tx) => applyCheckoutState(tx, session.id, state));
}

/**
 * Asks Stripe what became of each Checkout session and applies it, as its webhook would have
 * (with the emails it causes).
 */
export async function syncPayments(sessionIds: string[]) {
  for (const id of sessionIds) {
    await applyCheckoutSession(await stripeClient().checkout.sessions.retrieve(id));
  }
}

/**
 * A learner back on the cohort page after paying: if the webhook has not come yet, Stripe is
 * asked directly, so the page can already say the seat is confirmed.
 */
export async function refreshPayments(enrollmentId: string) {
  const open = await prisma.payment.findMany({
    where: { enrollmentId, status: "open" satisfies PaymentStatus },
  });
  await syncPayments(open.map((p) => p.checkoutSessionId)).catch((error: unknown) =>
    console.error(`Could not check the payments of ${enrollmentId}`, error),
  );
}

/**
 * Checkout sessions past their end without news from Stripe (a webhook lost or delayed, or a
 * close that was interrupted) are checked with Stripe, so that a held seat is released, or
 * confirmed, even then.
 */
export async function syncOverduePayments(now = new Date()) {
  const overdue = await prisma.payment.findMany({
    where: {
      OR: [
        {
          status: "open" satisfies PaymentStatus,
          expiresAt: { lt: new Date(now.getTime() - 5 * 60_000) },
        },
        {
          status: "closing" satisfies PaymentStatus,
          updatedAt: { lt: new Date(now.getTime() - 10 * 60_000) },
        },
      ],
    },
  });
  await prisma.payment.updateMany({
    where: { id: { in: overdue.map((p) => p.id) }, status: "closing" satisfies PaymentStatus },
    data: { status: "open" satisfies PaymentStatus },
  });
  for (const payment of overdue) {
    await syncPayments([payment.checkoutSessionId]).catch((error: unknown) =>
      console.error(`Could not check Checkout session ${payment.checkoutSessionId}`, error),
    );
  }
}
