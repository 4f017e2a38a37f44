import type Stripe from "stripe";

import { applyCheckoutState } from "~/payments/checkout-effects.server.ts";
import { checkoutState, eventCheckout } from "~/payments/checkout-state.ts";
import { stripeClient } from "~/payments/stripe-client.server.ts";
import { isUniqueViolation, prisma } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";

export type WebhookResult = { outcome: "processed" | "duplicate" | "ignored" };

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
 * its effect and the emails it causes, and recording comes first: a second delivery fails on
 * the unique id and changes nothing, and a failure rolls all back so that Stripe's retry does
 * the work.
 */
export async function processStripeEvent(event: Stripe.Event): Promise<WebhookResult> {
  try {
    return await prisma.$transaction(async (tx) => {
      await tx.stripeEvent.create({ data: { id: event.id, type: event.type } });
      const checkout = eventCheckout(event);
      const state = checkout && checkoutState(checkout);
      if (!checkout || !state) return { outcome: "ignored" };
      return applyCheckoutState(tx, checkout.id, state);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { outcome: "duplicate" };
    throw error;
  }
}
