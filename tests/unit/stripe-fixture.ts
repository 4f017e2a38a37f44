import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import type Stripe from "stripe";
import { afterAll, beforeAll } from "vitest";

import { enroll } from "~/cohorts/enrollment.server.ts";
import { checkoutUrl } from "~/payments/checkout.server.ts";
import { action as webhookAction } from "~/routes/webhooks+/stripe.ts";
import { prisma } from "~/utils/db.server.ts";

import { startStripeMock } from "../../scripts/stripe-mock.ts";

export const WEBHOOK_SECRET = "whsec_unit_test_secret";

/**
 * The Stripe mock for a test file, its events delivered to the platform's webhook endpoint
 * as Stripe would (before the API call that caused them returns).
 */
export function withStripeMock() {
  const state = {} as { mock: Awaited<ReturnType<typeof startStripeMock>> };
  const endpoint = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const request = new Request("http://localhost/webhooks/stripe", {
        method: "POST",
        headers: { "Stripe-Signature": String(req.headers["stripe-signature"]) },
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const response = await webhookAction({ request, params: {}, context: {} });
      res.writeHead(response.status).end(await response.text());
    });
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => endpoint.listen(0, "127.0.0.1", resolve));
    const { port } = endpoint.address() as AddressInfo;
    state.mock = await startStripeMock({
      webhookSecret: WEBHOOK_SECRET,
      webhookUrl: `http://127.0.0.1:${port}/webhooks/stripe`,
    });
    process.env.STRIPE_SECRET_KEY = "sk_test_unit";
    process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
    process.env.STRIPE_API_URL = state.mock.origin;
  });
  afterAll(async () => {
    await state.mock.close();
    endpoint.close();
  });
  return state;
}

let seq = 0;
export function user() {
  return prisma.user.create({
    data: { email: `payer-${Date.now()}-${++seq}@example.org`, name: `P${seq}`, passwordHash: "x" },
  });
}

export async function paidCohort(capacity = 1) {
  const trainer = await user();
  return prisma.cohort.create({
    data: {
      trainerId: trainer.id,
      title: "Atelier payant",
      description: "",
      language: "fr",
      startsOn: new Date(),
      endsOn: new Date(),
      capacity,
      priceCents: 4500,
      joinCode: `PAID${Date.now() % 100000}${++seq}`,
    },
  });
}

/** A learner holding a seat, with an open Checkout session on the mock. */
export async function heldSeat(cohortId: string) {
  const learner = await user();
  const result = await enroll(cohortId, learner.id);
  if (result.status !== "pending_payment") throw new Error(`no held seat: ${result.status}`);
  const url = await checkoutUrl(result.enrollmentId, "fr", "http://localhost:3000");
  if (!url) throw new Error("no Checkout URL");
  const sessionId = url.split("/").at(-1) ?? "";
  return { userId: learner.id, enrollmentId: result.enrollmentId, sessionId, url };
}

/** A Stripe event about a Checkout session, as the mock knows it, with fields overridden. */
export function checkoutEvent(
  mock: { sessions: Map<string, object> },
  type: string,
  sessionId: string,
  extra: Record<string, unknown> = {},
) {
  return {
    id: `evt_test_${++seq}_${Date.now()}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: { ...mock.sessions.get(sessionId), ...extra } },
  } as unknown as Stripe.Event;
}

export const statusOf = async (enrollmentId: string) =>
  (await prisma.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status;
