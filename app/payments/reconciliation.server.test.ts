import { describe, expect, test } from "vitest";

import { refreshPayments } from "~/payments/reconciliation.server.ts";
import { processStripeEvent } from "~/payments/stripe-webhook.server.ts";
import { prisma } from "~/utils/db.server.ts";

import {
  checkoutEvent,
  heldSeat,
  paidCohort,
  statusOf,
  withStripeMock,
} from "../../tests/unit/stripe-fixture.ts";

const stripe = withStripeMock();

const paymentStatus = async (checkoutSessionId: string) =>
  (await prisma.payment.findUniqueOrThrow({ where: { checkoutSessionId } })).status;

describe("reconciliation and webhook", () => {
  test.each([
    ["checkout.session.completed", { status: "complete", payment_status: "paid" }],
    ["checkout.session.completed", { status: "complete", payment_status: "unpaid" }],
    ["checkout.session.expired", { status: "expired", url: null }],
  ] as const)("leave the same seat and payment after %s (%o)", async (type, atStripe) => {
    const cohort = await paidCohort(2);
    const [heard, asked] = [await heldSeat(cohort.id), await heldSeat(cohort.id)];
    await processStripeEvent(checkoutEvent(stripe.mock, type, heard.sessionId, atStripe));
    Object.assign(stripe.mock.sessions.get(asked.sessionId) ?? {}, atStripe);
    await refreshPayments(asked.enrollmentId);
    expect(await paymentStatus(asked.sessionId)).toBe(await paymentStatus(heard.sessionId));
    expect(await statusOf(asked.enrollmentId)).toBe(await statusOf(heard.enrollmentId));
  });
});
