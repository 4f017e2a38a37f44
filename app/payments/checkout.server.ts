import { parseEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import type { Language } from "~/i18n/languages.ts";
import { parsePaymentStatus, PAYING, type PaymentStatus } from "~/payments/payment-status.ts";
import { syncPayments } from "~/payments/reconciliation.server.ts";
import { stripeClient } from "~/payments/stripe-client.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** A payment row with its status typed: the schema stores it as a string. */
const typedPayment = <P extends { status: string }>(payment: P) => ({
  ...payment,
  status: parsePaymentStatus(payment.status),
});

/** How long a seat is held while the learner pays: Stripe's shortest Checkout lifetime is 30 minutes. */
const HOLD_MINUTES = 31;

/**
 * The Checkout page where a learner pays for a held seat: the open one if there is one,
 * otherwise a new Stripe Checkout session, recorded as a Payment. Sessions past their end are
 * checked with Stripe first, so that a payment whose webhook is late is never asked for
 * twice. Null when there is nothing to pay (paid, being paid, or no seat held any more).
 */
export async function checkoutUrl(enrollmentId: string, lang: Language, origin: string) {
  const now = new Date();
  const overdue = await prisma.payment.findMany({
    where: { enrollmentId, status: "open" satisfies PaymentStatus, expiresAt: { lte: now } },
  });
  await syncPayments(overdue.map((p) => p.checkoutSessionId));
  const payments = (
    await prisma.payment.findMany({
      where: { enrollmentId, status: { in: [...PAYING] } },
      orderBy: { createdAt: "desc" },
    })
  ).map(typedPayment);
  if (payments.some((p) => p.status === "paid" || p.status === "processing")) return null;
  const open = payments.find((p) => p.status === "open" && p.expiresAt > now);
  if (open) return open.checkoutUrl;
  const enrollment = await prisma.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: { cohort: true, user: { select: { email: true } } },
  });
  const { cohort } = enrollment;
  if (parseEnrollmentStatus(enrollment.status) !== "pending_payment" || cohort.priceCents === 0)
    return null;
  const back = `${origin}/${lang}/join/${cohort.joinCode}`;
  const session = await stripeClient().checkout.sessions.create({
    mode: "payment",
    customer_email: enrollment.user.email,
    client_reference_id: enrollment.id,
    metadata: { enrollmentId: enrollment.id, cohortId: cohort.id },
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: cohort.currency.toLowerCase(),
          unit_amount: cohort.priceCents,
          product_data: { name: cohort.title },
        },
      },
    ],
    locale: lang,
    expires_at: Math.floor(now.getTime() / 1000) + HOLD_MINUTES * 60,
    success_url: `${back}?payment=done`,
    cancel_url: `${back}?payment=cancelled`,
  });
  if (!session.url) throw new Error(`Checkout session ${session.id} has no URL`);
  await prisma.payment.create({
    data: {
      enrollmentId,
      checkoutSessionId: session.id,
      checkoutUrl: session.url,
      amountCents: session.amount_total ?? cohort.priceCents,
      currency: cohort.currency,
      expiresAt: new Date(session.expires_at * 1000),
    },
  });
  return session.url;
}

/**
 * Where the payment for a seat stands, as the learner is told: when the open Checkout ends
 * (the seat is held until then), and whether a payment is on its way (a delayed method).
 */
export async function seatPayment(enrollmentId: string) {
  const payments = (
    await prisma.payment.findMany({
      where: { enrollmentId, status: { in: ["open", "processing"] satisfies PaymentStatus[] } },
      orderBy: { expiresAt: "desc" },
    })
  ).map(typedPayment);
  return {
    heldUntil: payments.find((p) => p.status === "open")?.expiresAt ?? null,
    processing: payments.some((p) => p.status === "processing"),
  };
}
