import Stripe from "stripe";
import type { Language } from "../languages.ts";
import { prisma } from "../utils/db.server.ts";
import { getEnv } from "../utils/env.server.ts";
import { freeSeat, rebalanceSeats } from "./enrollment.server.ts";

/** Paid cohorts need Stripe: without its keys a cohort can only be free. */
export function paymentsEnabled() {
  const env = getEnv();
  return Boolean(env.STRIPE_SECRET_KEY && env.STRIPE_WEBHOOK_SECRET);
}

let client: Stripe | undefined;

/** The Stripe client, talking to STRIPE_API_URL when set (the local mock), else to Stripe. */
export function stripeClient() {
  const { STRIPE_SECRET_KEY, STRIPE_API_URL } = getEnv();
  if (!STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
  if (!client) {
    const api = STRIPE_API_URL ? new URL(STRIPE_API_URL) : null;
    client = new Stripe(STRIPE_SECRET_KEY, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      ...(api && {
        host: api.hostname,
        port: api.port,
        protocol: api.protocol === "http:" ? "http" : "https",
      }),
    });
  }
  return client;
}

/** Where the browser is sent to pay: Stripe's Checkout, or the mock's page in tests. */
export function checkoutOrigin() {
  const { STRIPE_API_URL } = getEnv();
  return STRIPE_API_URL ? new URL(STRIPE_API_URL).origin : "https://checkout.stripe.com";
}

/** How long a seat is held while the learner pays: Stripe's shortest Checkout lifetime is 30 minutes. */
const HOLD_MINUTES = 31;

/**
 * The Checkout page where a learner pays for a held seat: the open one if there is one,
 * otherwise a new Stripe Checkout session, recorded as a Payment.
 */
export async function checkoutUrl(enrollmentId: string, lang: Language, origin: string) {
  const now = new Date();
  const open = await prisma.payment.findFirst({
    where: { enrollmentId, status: "open", expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
  if (open) return open.checkoutUrl;
  const enrollment = await prisma.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: { cohort: true, user: { select: { email: true } } },
  });
  const { cohort } = enrollment;
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
 * Closes the learner's open Checkout sessions so that none can be paid any more. Throws when
 * Stripe refuses, for example because the learner has just paid.
 */
async function expireOpenCheckouts(enrollmentId: string) {
  const open = await prisma.payment.findMany({ where: { enrollmentId, status: "open" } });
  for (const payment of open) {
    await stripeClient().checkout.sessions.expire(payment.checkoutSessionId);
    await prisma.payment.updateMany({
      where: { id: payment.id, status: "open" },
      data: { status: "expired" },
    });
  }
}

/**
 * Gives up a seat: a held seat's Checkout is closed first, so that nobody pays for a seat
 * they no longer have. Returns the enrolment promoted from the waiting list, if any.
 */
export async function giveUpSeat(enrollment: { id: string; cohortId: string; userId: string }) {
  if (paymentsEnabled()) await expireOpenCheckouts(enrollment.id);
  return freeSeat(enrollment.cohortId, enrollment.userId);
}

/**
 * The trainer removes a learner: the seat is freed even if Stripe cannot be reached to close
 * the learner's Checkout; a payment made anyway gives the learner a seat back (see the webhook).
 * Returns the removed enrolment and the one promoted from the waiting list, if any.
 */
export async function removeLearner(cohortId: string, userId: string) {
  const enrollment = await prisma.enrollment.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
  });
  if (!enrollment || enrollment.status === "removed") return null;
  if (paymentsEnabled()) {
    await expireOpenCheckouts(enrollment.id).catch((error: unknown) =>
      console.error(`Could not close the Checkout of ${enrollment.id}`, error),
    );
  }
  const promoted = await freeSeat(cohortId, userId);
  return { removed: enrollment, promoted };
}

/**
 * Applies a cohort's new seats or price to its learners: when it became free, the open
 * Checkout sessions are closed first, so that nobody pays for a free seat.
 */
export async function settleSeatsAfterEdit(cohortId: string) {
  const { priceCents } = await prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  if (priceCents === 0 && paymentsEnabled()) {
    const held = await prisma.enrollment.findMany({
      where: { cohortId, status: "pending_payment" },
    });
    for (const enrollment of held) {
      await expireOpenCheckouts(enrollment.id).catch((error: unknown) =>
        console.error(`Could not close the Checkout of ${enrollment.id}`, error),
      );
    }
  }
  return rebalanceSeats(cohortId);
}
