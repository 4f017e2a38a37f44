import type Stripe from "stripe";

/** What a Checkout session means for the seat it pays for. */
export type CheckoutState = "paid" | "processing" | "failed";

/** What Stripe says of a Checkout session: retrieved from its API, or reported by an event. */
export type StripeCheckout = {
  status: Stripe.Checkout.Session.Status | null;
  payment_status: Stripe.Checkout.Session.PaymentStatus;
  /**
   * A delayed payment (a SEPA debit…) failed. Only the `async_payment_failed` event says so: the
   * session itself still reads `complete` and `unpaid`, as it does while the money is on its way.
   */
  asyncPaymentFailed?: boolean;
};

/**
 * The platform's state of a Checkout session, for the webhook and the reconciliation alike:
 * complete and paid (or nothing to pay) is `paid`; complete and unpaid is `processing` (a
 * payment method that takes days) until it fails; expired is `failed`; an open session has
 * nothing to apply yet.
 */
export function checkoutState(session: StripeCheckout): CheckoutState | null {
  if (session.status === "expired") return "failed";
  if (session.status !== "complete") return null;
  if (session.payment_status !== "unpaid") return "paid";
  return session.asyncPaymentFailed ? "failed" : "processing";
}

/**
 * The Checkout session a webhook event is about, in the state the event reports. The event's
 * type is what Stripe guarantees (a session reached that state), so it decides the status;
 * only `completed` carries news of its own, whether the money has arrived. Null for events
 * about anything else, or without a session id.
 */
export function eventCheckout(event: Stripe.Event): (StripeCheckout & { id: string }) | null {
  switch (event.type) {
    case "checkout.session.completed":
      return withId(event.data.object, {
        status: "complete",
        payment_status: event.data.object.payment_status,
      });
    case "checkout.session.async_payment_succeeded":
      return withId(event.data.object, { status: "complete", payment_status: "paid" });
    case "checkout.session.async_payment_failed":
      return withId(event.data.object, {
        status: "complete",
        payment_status: "unpaid",
        asyncPaymentFailed: true,
      });
    case "checkout.session.expired":
      return withId(event.data.object, {
        status: "expired",
        payment_status: event.data.object.payment_status,
      });
    default:
      return null;
  }
}

function withId(object: { id?: unknown }, checkout: StripeCheckout) {
  return typeof object.id === "string" ? { ...checkout, id: object.id } : null;
}
