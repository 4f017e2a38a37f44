import { describe, expect, test } from "vitest";

import { findOwnCohort, paidWithoutSeat } from "~/cohorts/cohorts.server.ts";
import { enroll } from "~/cohorts/enrollment.server.ts";
import { checkoutUrl } from "~/payments/checkout.server.ts";
import { giveUpSeat, removeLearner, settleSeatsAfterEdit } from "~/payments/payments.server.ts";
import { refreshPayments, syncOverduePayments } from "~/payments/reconciliation.server.ts";
import { processStripeEvent } from "~/payments/stripe-webhook.server.ts";
import { prisma } from "~/utils/db.server.ts";

import { queuedForEnrollment } from "../../tests/unit/outbox.ts";
import {
  checkoutEvent,
  heldSeat,
  paidCohort,
  statusOf,
  user,
  withStripeMock,
} from "../../tests/unit/stripe-fixture.ts";

const stripe = withStripeMock();
const ORIGIN = "http://localhost:3000";
const paymentOf = (checkoutSessionId: string) =>
  prisma.payment.findUniqueOrThrow({ where: { checkoutSessionId } });

/** What Stripe knows and the platform has not heard of yet (a webhook late or lost). */
function atStripe(sessionId: string, change: Record<string, unknown>) {
  Object.assign(stripe.mock.sessions.get(sessionId) ?? {}, change);
}

async function waiting(cohortId: string) {
  const learner = await user();
  const result = await enroll(cohortId, learner.id);
  if (result.status !== "waiting") throw new Error(`expected the waiting list: ${result.status}`);
  return result.enrollmentId;
}

describe("Stripe Checkout for a paid seat", () => {
  test("opens one Checkout session per held seat and reuses it while open", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    expect(seat.url).toBe(`${stripe.mock.origin}/pay/${seat.sessionId}`);
    expect(stripe.mock.sessions.get(seat.sessionId)).toMatchObject({
      amount_total: 4500,
      currency: "eur",
      metadata: { enrollmentId: seat.enrollmentId, cohortId: cohort.id },
      success_url: `${ORIGIN}/fr/join/${cohort.joinCode}?payment=done`,
    });
    expect(await checkoutUrl(seat.enrollmentId, "fr", ORIGIN)).toBe(seat.url);
    expect(await prisma.payment.count({ where: { enrollmentId: seat.enrollmentId } })).toBe(1);
  });

  test("a payment whose webhook is late is found at Stripe, never asked for twice", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    atStripe(seat.sessionId, { status: "complete", payment_status: "paid" });
    await prisma.payment.update({
      where: { checkoutSessionId: seat.sessionId },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(await checkoutUrl(seat.enrollmentId, "fr", ORIGIN)).toBeNull();
    expect(await statusOf(seat.enrollmentId)).toBe("enrolled");
    expect(await prisma.payment.count({ where: { enrollmentId: seat.enrollmentId } })).toBe(1);
  });

  test("back from paying, the page asks Stripe when the webhook has not come", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    atStripe(seat.sessionId, { status: "complete", payment_status: "paid" });
    await refreshPayments(seat.enrollmentId);
    expect(await statusOf(seat.enrollmentId)).toBe("enrolled");
  });

  test("a lost expiry is found by the background check, and the seat goes to the next", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    const next = await waiting(cohort.id);
    atStripe(seat.sessionId, { status: "expired", url: null });
    await syncOverduePayments(new Date(Date.now() + 40 * 60_000));
    expect(await statusOf(seat.enrollmentId)).toBe("removed");
    expect(await statusOf(next)).toBe("pending_payment");
  });
});

describe("giving up and removing", () => {
  test("giving up closes the Checkout first; its expiry event then changes nothing", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    const next = await waiting(cohort.id);
    const events = await prisma.stripeEvent.count();
    const outcome = await giveUpSeat({
      id: seat.enrollmentId,
      cohortId: cohort.id,
      userId: seat.userId,
    });
    expect(outcome.kept).toBe(false);
    expect(stripe.mock.sessions.get(seat.sessionId)?.status).toBe("expired");
    expect(await prisma.stripeEvent.count()).toBe(events + 1);
    expect((await paymentOf(seat.sessionId)).status).toBe("expired");
    expect(await statusOf(seat.enrollmentId)).toBe("removed");
    expect(await statusOf(next)).toBe("pending_payment");
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual([]);
    expect((await queuedForEnrollment(next)).at(-1)).toMatch(/^A seat is free for you:/);
  });

  test("a session Stripe has already expired does not stop a learner from leaving", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    atStripe(seat.sessionId, { status: "expired", url: null });
    const outcome = await giveUpSeat({
      id: seat.enrollmentId,
      cohortId: cohort.id,
      userId: seat.userId,
    });
    expect(outcome.kept).toBe(false);
    expect(await statusOf(seat.enrollmentId)).toBe("removed");
  });

  test("a seat paid at the last moment is kept: Stripe refuses to close the session", async () => {
    const cohort = await paidCohort();
    const seat = await heldSeat(cohort.id);
    atStripe(seat.sessionId, { status: "complete", payment_status: "paid" });
    const outcome = await giveUpSeat({
      id: seat.enrollmentId,
      cohortId: cohort.id,
      userId: seat.userId,
    });
    expect(outcome.kept).toBe(true);
    expect(await statusOf(seat.enrollmentId)).toBe("enrolled");
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual([
      expect.stringMatching(/^You are enrolled:/),
    ]);
  });

  test("a learner who pays after losing the seat in a full cohort is shown to the trainer", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    const session = stripe.mock.sessions.get(seat.sessionId)!;
    stripe.mock.sessions.delete(seat.sessionId);
    await removeLearner(cohort.id, seat.userId);
    await enroll(cohort.id, (await user()).id);
    stripe.mock.sessions.set(seat.sessionId, session);
    await processStripeEvent(
      checkoutEvent(stripe.mock, "checkout.session.completed", seat.sessionId, {
        payment_status: "paid",
      }),
    );
    expect(await statusOf(seat.enrollmentId)).toBe("waiting");
    const trainer = await prisma.user.findUniqueOrThrow({ where: { id: cohort.trainerId } });
    const own = await findOwnCohort({ ...trainer, role: "trainer" }, cohort.id);
    const payer = await prisma.user.findUniqueOrThrow({ where: { id: seat.userId } });
    expect(paidWithoutSeat(own!.enrollments)).toEqual([payer.name]);
  });

  test("a learner removed while Stripe was unreachable, who then pays, gets a place back", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    const session = stripe.mock.sessions.get(seat.sessionId)!;
    stripe.mock.sessions.delete(seat.sessionId);
    const removal = await removeLearner(cohort.id, seat.userId);
    expect(removal?.removed.id).toBe(seat.enrollmentId);
    expect(await statusOf(seat.enrollmentId)).toBe("removed");
    expect((await paymentOf(seat.sessionId)).status).toBe("open");
    stripe.mock.sessions.set(seat.sessionId, session);
    const paid = checkoutEvent(stripe.mock, "checkout.session.completed", seat.sessionId, {
      payment_status: "paid",
    });
    await processStripeEvent(paid);
    expect(await statusOf(seat.enrollmentId)).toBe("enrolled");
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual([
      expect.stringMatching(/^You are no longer in the cohort/),
      expect.stringMatching(/^You are enrolled:/),
    ]);
  });
});

describe("a cohort edited by its trainer", () => {
  test("made free: held seats are confirmed, then their Checkouts closed", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    const next = await waiting(cohort.id);
    await prisma.cohort.update({ where: { id: cohort.id }, data: { priceCents: 0 } });
    const gained = await settleSeatsAfterEdit(cohort.id);
    expect(gained.map((e) => e.id)).toEqual([seat.enrollmentId]);
    expect(await statusOf(seat.enrollmentId)).toBe("enrolled");
    expect(await queuedForEnrollment(seat.enrollmentId)).toEqual([
      expect.stringMatching(/^You are enrolled:/),
    ]);
    expect(await statusOf(next)).toBe("waiting");
    expect(stripe.mock.sessions.get(seat.sessionId)?.status).toBe("expired");
    expect(await checkoutUrl(seat.enrollmentId, "fr", ORIGIN)).toBeNull();
  });
});
