import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startStripeMock } from "../../scripts/stripe-mock.ts";
import { action as webhookAction } from "../routes/webhooks.stripe.ts";
import { prisma } from "../utils/db.server.ts";
import { enroll } from "./enrollment.server.ts";
import { checkoutUrl, giveUpSeat } from "./payments.server.ts";
import { processStripeEvent, verifyStripeEvent } from "./stripe-webhook.server.ts";

const SECRET = "whsec_unit_test_secret";
const signer = new Stripe("sk_test_signer");
let mock: Awaited<ReturnType<typeof startStripeMock>>;

beforeAll(async () => {
  mock = await startStripeMock({ webhookSecret: SECRET });
  process.env.STRIPE_SECRET_KEY = "sk_test_unit";
  process.env.STRIPE_WEBHOOK_SECRET = SECRET;
  process.env.STRIPE_API_URL = mock.origin;
});
afterAll(() => mock.close());

let seq = 0;
async function user() {
  return prisma.user.create({
    data: { email: `payer-${Date.now()}-${++seq}@example.org`, name: `P${seq}`, passwordHash: "x" },
  });
}

async function paidCohort(capacity = 1) {
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
async function heldSeat(cohortId: string) {
  const learner = await user();
  const result = await enroll(cohortId, learner.id);
  if (result.status !== "pending_payment")
    throw new Error(`expected a held seat, got ${result.status}`);
  const url = await checkoutUrl(result.enrollmentId, "fr", "http://localhost:3000");
  const sessionId = url.split("/").at(-1)!;
  return { userId: learner.id, enrollmentId: result.enrollmentId, sessionId, url };
}

function event(type: string, sessionId: string, extra: Record<string, unknown> = {}) {
  const session = { ...mock.sessions.get(sessionId), ...extra };
  return {
    id: `evt_test_${++seq}_${Date.now()}`,
    object: "event",
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: session },
  } as unknown as Stripe.Event;
}

const status = async (enrollmentId: string) =>
  (await prisma.enrollment.findUniqueOrThrow({ where: { id: enrollmentId } })).status;

function signedRequest(payload: string, timestamp?: number) {
  return new Request("http://localhost/webhooks/stripe", {
    method: "POST",
    headers: {
      "Stripe-Signature": signer.webhooks.generateTestHeaderString({
        payload,
        secret: SECRET,
        timestamp,
      }),
    },
    body: payload,
  });
}

describe("Stripe Checkout for a paid seat", () => {
  test("opens one Checkout session per held seat and reuses it while open", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    expect(seat.url).toBe(`${mock.origin}/pay/${seat.sessionId}`);
    const session = mock.sessions.get(seat.sessionId)!;
    expect(session).toMatchObject({
      amount_total: 4500,
      currency: "eur",
      metadata: { enrollmentId: seat.enrollmentId, cohortId: cohort.id },
    });
    expect(session.success_url).toContain(`/fr/join/${cohort.joinCode}?payment=done`);
    expect(await checkoutUrl(seat.enrollmentId, "fr", "http://localhost:3000")).toBe(seat.url);
    expect(await prisma.payment.count({ where: { enrollmentId: seat.enrollmentId } })).toBe(1);
  });

  test("giving up a held seat closes its Checkout first", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    await giveUpSeat({ id: seat.enrollmentId, cohortId: cohort.id, userId: seat.userId });
    expect(mock.sessions.get(seat.sessionId)?.status).toBe("expired");
    expect(await status(seat.enrollmentId)).toBe("removed");
  });
});

describe("Stripe webhook", () => {
  test("accepts only deliveries signed with the endpoint's secret, and recent ones", async () => {
    const payload = JSON.stringify({ id: "evt_sig", object: "event", type: "ping" });
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET });
    expect(verifyStripeEvent(payload, header)?.id).toBe("evt_sig");
    expect(verifyStripeEvent(payload.replace("ping", "pong"), header)).toBeNull();
    expect(verifyStripeEvent(payload, null)).toBeNull();
    const forged = signer.webhooks.generateTestHeaderString({ payload, secret: "whsec_other" });
    expect(verifyStripeEvent(payload, forged)).toBeNull();
    const old = signer.webhooks.generateTestHeaderString({
      payload,
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect(verifyStripeEvent(payload, old)).toBeNull();
  });

  test("the endpoint reads the raw body: 400 for a bad signature, 200 once processed", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    const payload = JSON.stringify(
      event("checkout.session.completed", seat.sessionId, { payment_status: "paid" }),
    );
    const args = { params: {}, context: {} };
    const tampered = signedRequest(payload);
    const forged = new Request(tampered.url, {
      method: "POST",
      headers: tampered.headers,
      body: payload.replace("paid", "paid "),
    });
    expect((await webhookAction({ ...args, request: forged })).status).toBe(400);
    expect(await status(seat.enrollmentId)).toBe("pending_payment");
    const accepted = await webhookAction({ ...args, request: signedRequest(payload) });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toEqual({ received: true, outcome: "processed" });
    expect(await status(seat.enrollmentId)).toBe("enrolled");
    const replay = await webhookAction({ ...args, request: signedRequest(payload) });
    expect(await replay.json()).toEqual({ received: true, outcome: "duplicate" });
  });

  test("a completed payment confirms the seat, exactly once", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    const paid = event("checkout.session.completed", seat.sessionId, { payment_status: "paid" });
    const first = await processStripeEvent(paid);
    expect(first).toEqual({
      outcome: "processed",
      notices: [{ kind: "enrolled", enrollmentId: seat.enrollmentId }],
    });
    expect(await processStripeEvent(paid)).toEqual({ outcome: "duplicate", notices: [] });
    expect(await status(seat.enrollmentId)).toBe("enrolled");
    expect(await prisma.stripeEvent.count({ where: { id: paid.id } })).toBe(1);
  });

  test("the same deliveries at once are applied once", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    const paid = event("checkout.session.completed", seat.sessionId, { payment_status: "paid" });
    const results = await Promise.all(Array.from({ length: 5 }, () => processStripeEvent(paid)));
    expect(results.filter((r) => r.outcome === "processed")).toHaveLength(1);
    expect(results.filter((r) => r.outcome === "duplicate")).toHaveLength(4);
  });

  test("an expired Checkout releases the seat to the first on the waiting list", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    const next = await user();
    const waiting = await enroll(cohort.id, next.id);
    expect(waiting.status).toBe("waiting");
    const result = await processStripeEvent(event("checkout.session.expired", seat.sessionId));
    const nextId = waiting.status === "waiting" ? waiting.enrollmentId : "";
    expect(result.notices).toEqual([
      { kind: "seatReleased", enrollmentId: seat.enrollmentId },
      { kind: "seatOffered", enrollmentId: nextId },
    ]);
    expect(await status(seat.enrollmentId)).toBe("removed");
    expect(await status(nextId)).toBe("pending_payment");
  });

  test("an old Checkout expiring after a newer one was paid changes nothing", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    // The learner came back later: the first session is past its time, a second one is opened.
    await prisma.payment.updateMany({
      where: { checkoutSessionId: seat.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const second = await checkoutUrl(seat.enrollmentId, "fr", "http://localhost:3000");
    const secondId = second.split("/").at(-1)!;
    expect(secondId).not.toBe(seat.sessionId);
    await processStripeEvent(
      event("checkout.session.completed", secondId, { payment_status: "paid" }),
    );
    const late = await processStripeEvent(event("checkout.session.expired", seat.sessionId));
    expect(late.notices).toEqual([]);
    expect(await status(seat.enrollmentId)).toBe("enrolled");
  });

  test("while another Checkout is still open, an expired one keeps the seat held", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    await prisma.payment.updateMany({
      where: { checkoutSessionId: seat.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await checkoutUrl(seat.enrollmentId, "fr", "http://localhost:3000");
    await processStripeEvent(event("checkout.session.expired", seat.sessionId));
    expect(await status(seat.enrollmentId)).toBe("pending_payment");
  });

  test("a payment that arrives after the seat was released still gives the learner a place", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    await processStripeEvent(event("checkout.session.expired", seat.sessionId));
    expect(await status(seat.enrollmentId)).toBe("removed");
    const result = await processStripeEvent(
      event("checkout.session.completed", seat.sessionId, { payment_status: "paid" }),
    );
    expect(result.notices).toEqual([{ kind: "enrolled", enrollmentId: seat.enrollmentId }]);
    expect(await status(seat.enrollmentId)).toBe("enrolled");
  });

  test("a delayed payment method keeps the seat held until it succeeds or fails", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    const pending = await processStripeEvent(
      event("checkout.session.completed", seat.sessionId, { payment_status: "unpaid" }),
    );
    expect(pending.outcome).toBe("ignored");
    expect(await status(seat.enrollmentId)).toBe("pending_payment");
    await processStripeEvent(event("checkout.session.async_payment_failed", seat.sessionId));
    expect(await status(seat.enrollmentId)).toBe("removed");
  });

  test("events about other Checkout sessions are recorded and ignored", async () => {
    const unknown = { id: "cs_test_elsewhere", payment_status: "paid" };
    const result = await processStripeEvent(
      event("checkout.session.completed", "cs_test_elsewhere", unknown),
    );
    expect(result.outcome).toBe("ignored");
    const malformed = {
      ...event("checkout.session.expired", "cs_test_elsewhere"),
      data: { object: {} },
    };
    expect((await processStripeEvent(malformed as Stripe.Event)).outcome).toBe("ignored");
    const other = await processStripeEvent(event("customer.created", "cs_test_elsewhere", unknown));
    expect(other.outcome).toBe("ignored");
  });
});
