import type { ActionFunctionArgs } from "@remix-run/node";

import { paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { processStripeEvent, verifyStripeEvent } from "~/payments/stripe-webhook.server.ts";

/**
 * Stripe's webhook endpoint. The signature is checked on the raw body; each event is applied
 * once, and a repeated delivery is acknowledged without effect. A 5xx makes Stripe retry.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method not allowed", { status: 405 });
  if (!paymentsEnabled()) return new Response("Payments are not configured", { status: 404 });
  const event = verifyStripeEvent(await request.text(), request.headers.get("stripe-signature"));
  if (!event) return new Response("Invalid signature", { status: 400 });
  const result = await processStripeEvent(event);
  return Response.json({ received: true, outcome: result.outcome });
}

export function loader() {
  return new Response("Method not allowed", { status: 405, headers: { Allow: "POST" } });
}
