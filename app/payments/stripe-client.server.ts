import Stripe from "stripe";

import { getEnv } from "~/utils/env.server.ts";

/** Paid cohorts need Stripe: without its keys a cohort can only be free. */
export function paymentsEnabled() {
  const env = getEnv();
  return Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET);
}

let client: Stripe | undefined;

/** The Stripe client, talking to STRIPE_API_URL when set (the local mock), else to Stripe. */
export function stripeClient() {
  const { STRIPE_SECRET_KEY, STRIPE_API_URL } = getEnv();
  if (!STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
  if (!client) {
    const api = STRIPE_API_URL ? new URL(STRIPE_API_URL) : null;
    client = new Stripe(STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      ...(api && {
        host: api.hostname,
        port: api.port,
        protocol: api.protocol === "http:" ? "http" : "https",
      }),
    });
  }
  return client;
}

/** Where the browser is sent to pay: Stripe's Checkout, or the mock's page in tests. */
export function checkoutOrigin() {
  const { STRIPE_API_URL } = getEnv();
  return STRIPE_API_URL ? new URL(STRIPE_API_URL).origin : "https://checkout.stripe.com";
}
