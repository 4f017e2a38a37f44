import type Stripe from "stripe";
import { describe, expect, test } from "vitest";

import { checkoutState, eventCheckout, type StripeCheckout } from "~/payments/checkout-state.ts";

type Status = StripeCheckout["status"];
type PaymentStatus = StripeCheckout["payment_status"];

const session = (status: Status, payment_status: PaymentStatus) => ({
  id: "cs_test_1",
  object: "checkout.session",
  status,
  payment_status,
});

const event = (type: string, object: object) =>
  ({ id: "evt_test_1", object: "event", type, data: { object } }) as unknown as Stripe.Event;

const fromEvent = (e: Stripe.Event) => {
  const checkout = eventCheckout(e);
  return checkout && checkoutState(checkout);
};

describe("a Checkout session's state", () => {
  test.each([
    ["open", "unpaid", null],
    ["open", "paid", null],
    ["open", "no_payment_required", null],
    [null, "unpaid", null],
    [null, "paid", null],
    ["complete", "paid", "paid"],
    ["complete", "no_payment_required", "paid"],
    ["complete", "unpaid", "processing"],
    ["expired", "unpaid", "failed"],
    ["expired", "paid", "failed"],
    ["expired", "no_payment_required", "failed"],
  ] as const)("%s and %s: %s", (status, paymentStatus, expected) => {
    expect(checkoutState(session(status, paymentStatus))).toBe(expected);
  });

  test("a delayed payment that failed is failed; only its event can say so", () => {
    expect(checkoutState({ ...session("complete", "unpaid"), asyncPaymentFailed: true })).toBe(
      "failed",
    );
  });
});

describe("a Checkout event", () => {
  test.each([
    ["checkout.session.completed", "paid", "paid"],
    ["checkout.session.completed", "no_payment_required", "paid"],
    ["checkout.session.completed", "unpaid", "processing"],
    ["checkout.session.async_payment_succeeded", "paid", "paid"],
    ["checkout.session.async_payment_failed", "unpaid", "failed"],
    ["checkout.session.expired", "unpaid", "failed"],
  ] as const)("%s, %s: %s", (type, paymentStatus, expected) => {
    const checkout = eventCheckout(event(type, session("open", paymentStatus)));
    expect(checkout?.id).toBe("cs_test_1");
    expect(checkout && checkoutState(checkout)).toBe(expected);
  });

  test("the type decides, whatever the payload's snapshot says", () => {
    const stale = session("open", "unpaid");
    expect(fromEvent(event("checkout.session.async_payment_succeeded", stale))).toBe("paid");
    expect(fromEvent(event("checkout.session.expired", session("complete", "paid")))).toBe(
      "failed",
    );
  });

  test("events about anything else, or without a session id, say nothing", () => {
    expect(eventCheckout(event("customer.created", session("complete", "paid")))).toBeNull();
    expect(eventCheckout(event("payment_intent.succeeded", { id: "pi_1" }))).toBeNull();
    expect(eventCheckout(event("checkout.session.completed", {}))).toBeNull();
    expect(eventCheckout(event("checkout.session.expired", { id: 42 }))).toBeNull();
  });
});

/**
 * The session as Stripe sends it with each event, which is also what retrieving it answers
 * afterwards (Stripe's documented states).
 */
const STRIPE_SENDS = [
  ["checkout.session.completed", session("complete", "paid")],
  ["checkout.session.completed", session("complete", "no_payment_required")],
  ["checkout.session.completed", session("complete", "unpaid")],
  ["checkout.session.async_payment_succeeded", session("complete", "paid")],
  ["checkout.session.expired", session("expired", "unpaid")],
] as const;

describe("the webhook and the reconciliation", () => {
  test.each(STRIPE_SENDS)("agree on %s (%o)", (type, retrieved) => {
    const viaWebhook = fromEvent(event(type, retrieved));
    expect(viaWebhook).not.toBeNull();
    expect(checkoutState(retrieved)).toBe(viaWebhook);
  });

  test("a failed delayed payment reads as still processing when retrieved", () => {
    // Stripe leaves the session complete and unpaid: only the event tells the failure.
    const retrieved = session("complete", "unpaid");
    expect(fromEvent(event("checkout.session.async_payment_failed", retrieved))).toBe("failed");
    expect(checkoutState(retrieved)).toBe("processing");
  });
});
