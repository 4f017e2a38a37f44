import { findCohortByCode } from "~/cohorts/cohorts.server.ts";
import { enroll, rebalanceSeats, seatsTaken } from "~/cohorts/enrollment.server.ts";
import { isActiveEnrollment, parseEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { seatsLeft } from "~/cohorts/seats.ts";
import type { Language } from "~/i18n/languages.ts";
import { checkoutUrl, seatPayment } from "~/payments/checkout.server.ts";
import { giveUpSeat } from "~/payments/payments.server.ts";
import { refreshPayments } from "~/payments/reconciliation.server.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { prisma } from "~/utils/db.server.ts";

type Cohort = NonNullable<Awaited<ReturnType<typeof findCohortByCode>>>;

export type JoinError = "paymentUnavailable" | "cannotLeave" | "paidCannotLeave";

/**
 * Where a command on the join page leads: back to the page (which says where the learner
 * stands), to Stripe's Checkout, or to an error shown on the page.
 */
export type JoinOutcome =
  | { to: "page" }
  | { to: "checkout"; url: string }
  | { to: "error"; error: JoinError; status: 409 | 503 };

const page: JoinOutcome = { to: "page" };

async function findPlace(cohortId: string, userId: string) {
  const place = await prisma.enrollment.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
  });
  return place && { ...place, status: parseEnrollmentStatus(place.status) };
}

/**
 * What a cohort's join page shows: the cohort, its seats left, and the visitor's place in it
 * with its payment. Back from paying (`backFromPayment`), Stripe is asked first if its webhook
 * has not come yet. Null for an unknown code.
 */
export async function joinPage(code: string, userId: string | null, backFromPayment = false) {
  const cohort = await findCohortByCode(code);
  if (!cohort) return null;
  if (userId && backFromPayment && paymentsEnabled()) {
    const held = await findPlace(cohort.id, userId);
    if (held?.status === "pending_payment") await refreshPayments(held.id);
  }
  const [taken, mine] = await Promise.all([
    seatsTaken(prisma, cohort.id),
    userId ? findPlace(cohort.id, userId) : null,
  ]);
  const place =
    mine && isActiveEnrollment(mine.status)
      ? { status: mine.status, ...(await seatPayment(mine.id)) }
      : null;
  return { cohort, seatsLeft: seatsLeft(cohort.capacity, taken), place };
}

/** Sends the learner to pay for a held seat; if Stripe cannot be reached, the seat stays held. */
async function goToCheckout(
  enrollmentId: string,
  lang: Language,
  origin: string,
): Promise<JoinOutcome> {
  try {
    // No URL: nothing left to pay (paid meanwhile, or no seat held), as the page will say.
    const url = await checkoutUrl(enrollmentId, lang, origin);
    return url ? { to: "checkout", url } : page;
  } catch (error) {
    console.error("Could not open a Stripe Checkout session", error);
    return { to: "error", error: "paymentUnavailable", status: 503 };
  }
}

/** Enrols the learner (see enroll); a seat held for payment leads to Stripe's Checkout. */
export async function joinCohort(cohort: Cohort, userId: string, lang: Language, origin: string) {
  const result = await enroll(cohort.id, userId);
  if (result.status !== "pending_payment") return page;
  return goToCheckout(result.enrollmentId, lang, origin);
}

/**
 * Pays for a held seat. Paid already (a second click, or the webhook came first), or the
 * cohort closed: nothing to do. Made free since the seat was held: the seat is confirmed.
 */
export async function payForSeat(
  cohort: Cohort,
  userId: string,
  lang: Language,
  origin: string,
): Promise<JoinOutcome> {
  const mine = await findPlace(cohort.id, userId);
  if (mine?.status !== "pending_payment" || cohort.archivedAt) return page;
  if (cohort.priceCents === 0) {
    await rebalanceSeats(cohort.id);
    return page;
  }
  return goToCheckout(mine.id, lang, origin);
}

/** Gives up the learner's seat or place on the waiting list; a seat paid, or being paid, is kept. */
export async function leaveCohort(cohort: Cohort, userId: string): Promise<JoinOutcome> {
  const mine = await findPlace(cohort.id, userId);
  if (!mine || mine.status === "removed") return page;
  try {
    const outcome = await giveUpSeat(mine);
    if (outcome.kept) return { to: "error", error: "paidCannotLeave", status: 409 };
  } catch (error) {
    console.error("Could not give up a seat", error);
    return { to: "error", error: "cannotLeave", status: 503 };
  }
  return page;
}
