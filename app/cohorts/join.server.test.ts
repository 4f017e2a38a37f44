import { describe, expect, test } from "vitest";

import { findCohortByCode } from "~/cohorts/cohorts.server.ts";
import { joinCohort, joinPage, leaveCohort, payForSeat } from "~/cohorts/join.server.ts";
import { processStripeEvent } from "~/payments/stripe-webhook.server.ts";
import { prisma } from "~/utils/db.server.ts";

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

async function byCode(code: string) {
  const cohort = await findCohortByCode(code);
  if (!cohort) throw new Error(`no cohort ${code}`);
  return cohort;
}

describe("the join page", () => {
  test("shows the seats left and the visitor's place, with until when a seat is held", async () => {
    const cohort = await paidCohort(2);
    const seat = await heldSeat(cohort.id);
    expect(await joinPage("NO-SUCH-CODE", null)).toBeNull();
    const anonymous = await joinPage(cohort.joinCode.toLowerCase(), null);
    expect(anonymous?.seatsLeft).toBe(1);
    expect(anonymous?.place).toBeNull();
    expect(anonymous?.cohort.trainer.name).toMatch(/^P\d+$/);
    const held = await joinPage(cohort.joinCode, seat.userId);
    expect(held?.place).toMatchObject({ status: "pending_payment", processing: false });
    expect(held?.place?.heldUntil?.getTime()).toBeGreaterThan(Date.now());
  });

  test("back from paying, asks Stripe when the webhook has not come", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    Object.assign(stripe.mock.sessions.get(seat.sessionId) ?? {}, {
      status: "complete",
      payment_status: "paid",
    });
    expect((await joinPage(cohort.joinCode, seat.userId))?.place?.status).toBe("pending_payment");
    const back = await joinPage(cohort.joinCode, seat.userId, true);
    expect(back?.place?.status).toBe("enrolled");
    expect(back?.seatsLeft).toBe(0);
  });

  test("a payment on its way keeps the seat held, without an end", async () => {
    const cohort = await paidCohort(1);
    const seat = await heldSeat(cohort.id);
    await processStripeEvent(
      checkoutEvent(stripe.mock, "checkout.session.completed", seat.sessionId, {
        payment_status: "unpaid",
      }),
    );
    const page = await joinPage(cohort.joinCode, seat.userId);
    expect(page?.place).toEqual({ status: "pending_payment", heldUntil: null, processing: true });
  });
});

describe("joining, paying and leaving", () => {
  test("a seat in a paid cohort leads to Checkout; a full cohort to the waiting list", async () => {
    const cohort = await byCode((await paidCohort(1)).joinCode);
    const [first, second] = [await user(), await user()];
    const joined = await joinCohort(cohort, first.id, "fr", ORIGIN);
    expect(joined).toMatchObject({ to: "checkout" });
    expect(joined.to === "checkout" && joined.url).toMatch(`${stripe.mock.origin}/pay/`);
    expect(await joinCohort(cohort, second.id, "fr", ORIGIN)).toEqual({ to: "page" });
    expect((await joinPage(cohort.joinCode, second.id))?.place?.status).toBe("waiting");
  });

  test("paying reuses the open Checkout; a cohort made free confirms the seat", async () => {
    const paid = await paidCohort(2);
    const seat = await heldSeat(paid.id);
    const cohort = await byCode(paid.joinCode);
    expect(await payForSeat(cohort, seat.userId, "fr", ORIGIN)).toEqual({
      to: "checkout",
      url: seat.url,
    });
    const stranger = await user();
    expect(await payForSeat(cohort, stranger.id, "fr", ORIGIN)).toEqual({ to: "page" });
    await prisma.cohort.update({ where: { id: cohort.id }, data: { priceCents: 0 } });
    const free = await byCode(paid.joinCode);
    expect(await payForSeat(free, seat.userId, "fr", ORIGIN)).toEqual({ to: "page" });
    expect(await statusOf(seat.enrollmentId)).toBe("enrolled");
  });

  test("leaving frees a held seat; a paid seat is kept", async () => {
    const cohort = await byCode((await paidCohort(2)).joinCode);
    const [leaving, paying] = [await heldSeat(cohort.id), await heldSeat(cohort.id)];
    expect(await leaveCohort(cohort, leaving.userId)).toEqual({ to: "page" });
    expect(await statusOf(leaving.enrollmentId)).toBe("removed");
    expect(await leaveCohort(cohort, leaving.userId)).toEqual({ to: "page" });
    await processStripeEvent(
      checkoutEvent(stripe.mock, "checkout.session.completed", paying.sessionId, {
        payment_status: "paid",
      }),
    );
    expect(await leaveCohort(cohort, paying.userId)).toEqual({
      to: "error",
      error: "paidCannotLeave",
      status: 409,
    });
    expect(await statusOf(paying.enrollmentId)).toBe("enrolled");
  });
});
