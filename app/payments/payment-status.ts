import { parseOneOf } from "~/utils/one-of.ts";

/**
 * Where a Stripe Checkout session's payment stands (`Payment.status`): `open` while it may be
 * paid, `closing` while the platform asks Stripe to close it, `processing` when completed with
 * a method that takes days (a SEPA debit…), `paid`, or `expired` (ended unpaid, or failed).
 * How each changes: docs/decisions/0006-stripe-webhooks-and-reconciliation.md.
 */
export const PAYMENT_STATUSES = ["open", "closing", "processing", "paid", "expired"] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The payment statuses that keep a seat held: all but `expired`. */
export const PAYING = [
  "open",
  "processing",
  "closing",
  "paid",
] as const satisfies readonly PaymentStatus[];

export const parsePaymentStatus = (value: string): PaymentStatus =>
  parseOneOf(PAYMENT_STATUSES, value, "payment status");
