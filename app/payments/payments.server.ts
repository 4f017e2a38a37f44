import { freeSeat, PAYING, rebalanceSeats } from "~/cohorts/enrollment.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { paymentsEnabled, stripeClient } from "~/payments/stripe-client.server.ts";
import { applyCheckoutSession } from "~/payments/stripe-webhook.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** How long a seat is held while the learner pays: Stripe's shortest Checkout lifetime is 30 minutes. */
const HOLD_MINUTES = 31;

/**
 * Asks Stripe what became of each Checkout session and applies it, as its webhook would have
 * (with the emails it causes).
 */
async function syncPayments(sessionIds: string[]) {
  for (const id of sessionIds) {
    await applyCheckoutSession(await stripeClient().checkout.sessions.retrieve(id));
  }
}

/**
 * A learner back on the cohort page after paying: if the webhook has not come yet, Stripe is
 * asked directly, so the page can already say the seat is confirmed.
 */
export async function refreshPayments(enrollmentId: string) {
  const open = await prisma.payment.findMany({ where: { enrollmentId, status: "open" } });
  await syncPayments(open.map((p) => p.checkoutSessionId)).catch((error: unknown) =>
    console.error(`Could not check the payments of ${enrollmentId}`, error),
  );
}

/**
 * Checkout sessions past their end without news from Stripe (a webhook lost or delayed, or a
 * close that was interrupted) are checked with Stripe, so that a held seat is released, or
 * confirmed, even then.
 */
export async function syncOverduePayments(now = new Date()) {
  const overdue = await prisma.payment.findMany({
    where: {
      OR: [
        { status: "open", expiresAt: { lt: new Date(now.getTime() - 5 * 60_000) } },
        { status: "closing", updatedAt: { lt: new Date(now.getTime() - 10 * 60_000) } },
      ],
    },
  });
  await prisma.payment.updateMany({
    where: { id: { in: overdue.map((p) => p.id) }, status: "closing" },
    data: { status: "open" },
  });
  for (const payment of overdue) {
    await syncPayments([payment.checkoutSessionId]).catch((error: unknown) =>
      console.error(`Could not check Checkout session ${payment.checkoutSessionId}`, error),
    );
  }
}

/**
 * The Checkout page where a learner pays for a held seat: the open one if there is one,
 * otherwise a new Stripe Checkout session, recorded as a Payment. Sessions past their end are
 * checked with Stripe first, so that a payment whose webhook is late is never asked for
 * twice. Null when there is nothing to pay (paid, being paid, or no seat held any more).
 */
export async function checkoutUrl(enrollmentId: string, lang: Language, origin: string) {
  const now = new Date();
  const overdue = await prisma.payment.findMany({
    where: { enrollmentId, status: "open", expiresAt: { lte: now } },
  });
  await syncPayments(overdue.map((p) => p.checkoutSessionId));
  const payments = await prisma.payment.findMany({
    where: { enrollmentId, status: { in: PAYING } },
    orderBy: { createdAt: "desc" },
  });
  if (payments.some((p) => p.status === "paid" || p.status === "processing")) return null;
  const open = payments.find((p) => p.status === "open" && p.expiresAt > now);
  if (open) return open.checkoutUrl;
  const enrollment = await prisma.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: { cohort: true, user: { select: { email: true } } },
  });
  const { cohort } = enrollment;
  if (enrollment.status !== "pending_payment" || cohort.priceCents === 0) return null;
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
 * Asks Stripe to close one Checkout session. The payment is marked `closing` first, so that
 * the `expired` event this causes does not release the seat behind the caller's back. If
 * Stripe refuses, the session has ended: expired (fine) or paid (the payment is applied).
 */
async function closeCheckout(payment: { id: string; checkoutSessionId: string }) {
  const claim = await prisma.payment.updateMany({
    where: { id: payment.id, status: "open" },
    data: { status: "closing" },
  });
  if (!claim.count) return;
  const setStatus = (status: string) =>
    prisma.payment.updateMany({ where: { id: payment.id, status: "closing" }, data: { status } });
  try {
    await stripeClient().checkout.sessions.expire(payment.checkoutSessionId);
    await setStatus("expired");
  } catch (error) {
    const session = await stripeClient()
      .checkout.sessions.retrieve(payment.checkoutSessionId)
      .catch(() => null);
    if (session?.status === "expired") {
      await setStatus("expired");
      return;
    }
    await setStatus("open");
    if (session?.status !== "complete") throw error;
    await applyCheckoutSession(session);
  }
}

/** Closes an enrolment's open Checkouts; true when a payment went through or is under way. */
async function closeCheckouts(enrollmentId: string) {
  const open = await prisma.payment.findMany({ where: { enrollmentId, status: "open" } });
  for (const payment of open) await closeCheckout(payment);
  const paying = await prisma.payment.count({
    where: { enrollmentId, status: { in: ["paid", "processing"] } },
  });
  return paying > 0;
}

/**
 * A learner gives up their seat or their place on the waiting list (whoever gets the seat is
 * told by email). A held seat's Checkout is
 * closed first, so that nobody pays for a seat they no longer have; a seat that is paid, or
 * being paid, is kept (only the trainer can remove a learner who paid, and refund them).
 */
export async function giveUpSeat(enrollment: { id: string; cohortId: string; userId: string }) {
  if (paymentsEnabled() && (await closeCheckouts(enrollment.id))) return { kept: true as const };
  return { kept: false as const, promoted: await freeSeat(enrollment.cohortId, enrollment.userId) };
}

/**
 * The trainer removes a learner, who is told by email, as is whoever gets the seat. The seat
 * is freed even if Stripe cannot be reached to close the learner's Checkout; a payment made
 * anyway gives the learner a seat back (see the webhook). Returns the removed enrolment and
 * the one promoted from the waiting list, if any.
 */
export async function removeLearner(cohortId: string, userId: string) {
  const enrollment = await prisma.enrollment.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
  });
  if (!enrollment || enrollment.status === "removed") return null;
  if (paymentsEnabled()) {
    await closeCheckouts(enrollment.id).catch((error: unknown) =>
      console.error(`Could not close the Checkout of ${enrollment.id}`, error),
    );
  }
  const promoted = await freeSeat(cohortId, userId, "removed");
  return { removed: enrollment, promoted };
}

/**
 * Applies a cohort's new seats or price to its learners, who are told (see rebalanceSeats).
 * When it became free, the seats held for payment are confirmed first, then their Checkouts
 * are closed, so that nobody pays for a free seat.
 */
export async function settleSeatsAfterEdit(cohortId: string) {
  const gained = await rebalanceSeats(cohortId);
  const { priceCents } = await prisma.cohort.findUniqueOrThrow({ where: { id: cohortId } });
  if (priceCents === 0 && paymentsEnabled()) {
    const open = await prisma.payment.findMany({
      where: { status: "open", enrollment: { cohortId } },
    });
    for (const payment of open) {
      await closeCheckout(payment).catch((error: unknown) =>
        console.error(`Could not close Checkout session ${payment.checkoutSessionId}`, error),
      );
    }
  }
  return gained;
}
