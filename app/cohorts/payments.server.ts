import { getEnv } from "../utils/env.server.ts";

/** Paid cohorts need Stripe: without its keys a cohort can only be free. */
export function paymentsEnabled() {
  const env = getEnv();
  return Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET);
}
