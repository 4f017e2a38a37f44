import Stripe from "stripe";
import { describe, expect, test } from "vitest";

import { enroll, releaseStaleHolds } from "~/cohorts/enrollment.server.ts";
import { checkoutUrl } from "~/payments/checkout.server.ts";
import { processStripeEvent, verifyStripeEvent } from "~/payments/stripe-webhook.server.ts";
import { action as webhookAction } from "~/routes/webhooks+/stripe.ts";
import { prisma } from "~/utils/db.server.ts";

import { queuedForEnrollment } from "../../tests/unit/outbox.ts";
import {
  checkoutEvent,
  heldSeat,
  paidCohort,
  statusOf as status,
  user,
  WEBHOOK_SECRET as SECRET,
  withStripeMock,
} from "../../tests/unit/stripe-fixture.ts";

const signer = new Stripe("sk_test_signer");
const stripe = withStripeMock();
const event = (type: string, sessionId: string, extra: Record<string, unknown> = {}) =>
  checkoutEvent(stripe.mock, type, sessionId, extra);

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
    expect(first).toEqual({ outcome: "processed" });
    expect(await processStripeEvent(paid)).toEqual({ outcome: "duplicate" });
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual([
      expect.stringMatching(/^You are enrolled:/),
    ]);
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
    await processStripeEvent(event("checkout.session.expired", seat.sessionId));
    const nextId = waiting.status === "waiting" ? waiting.enrollmentId : "";
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual([
      expect.stringMatching(/^Seat released:/),
    ]);
    expect(await queuedForEnrollment(nextId)).toEqual([
      expect.stringMatching(/^Waiting list:/),
      expect.stringMatching(/^A seat is free for you:/),
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
    const secondId = second?.split("/").at(-1) ?? "";
    expect(secondId).not.toBe(seat.sessionId);
    await processStripeEvent(
      event("checkout.session.completed", secondId, { payment_status: "paid" }),
    );
    const before = await queuedForEnrollment(seat.enrollmentId);
    await processStripeEvent(event("checkout.session.expired", seat.sessionId));
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual(before);
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

  test("a delayed payment method keeps the seat held until it succeeds or fails", async () => {
    const cohort = await paidCohort(2);
    const [slow, failing] = [await heldSeat(cohort.id), await heldSeat(cohort.id)];
    for (const seat of [slow, failing]) {
      const pending = await processStripeEvent(
        event("checkout.session.completed", seat.sessionId, { payment_status: "unpaid" }),
      );
      expect(pending.outcome).toBe("processed");
    }
    // Days later, with the Checkout long past its end, the seats are still held.
    await prisma.enrollment.updateMany({
      where: { cohortId: cohort.id },
      data: { updatedAt: new Date(Date.now() - 72 * 3600_000) },
    });
    expect(await releaseStaleHolds()).toEqual([]);
    expect(await checkoutUrl(slow.enrollmentId, "fr", "http://localhost:3000")).toBeNull();
    await processStripeEvent(event("checkout.session.async_payment_succeeded", slow.sessionId));
    await processStripeEvent(event("checkout.session.async_payment_failed", failing.sessionId));
    expect(await status(slow.enrollmentId)).toBe("enrolled");
    expect(await status(failing.enrollmentId)).toBe("removed");
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
