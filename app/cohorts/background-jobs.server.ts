import { configuredOrigin } from "../utils/origin.server.ts";
import { promotionNotice, sendCohortNotices, sendDueReminders } from "./cohort-mail.server.ts";
import { releaseStaleHolds } from "./enrollment.server.ts";
import { syncOverduePayments } from "./payments.server.ts";
import { paymentsEnabled } from "./stripe-client.server.ts";

const EVERY_TEN_MINUTES = 10 * 60 * 1000;

/**
 * One round: live-session reminders; Checkouts past their end checked with Stripe (in case a
 * webhook was lost); then seats held too long without any payment.
 */
export async function runCohortJobs(now = new Date()) {
  const origin = configuredOrigin();
  await sendDueReminders(origin, now);
  if (paymentsEnabled()) await syncOverduePayments(origin, now);
  for (const { released, promoted } of await releaseStaleHolds(now)) {
    await sendCohortNotices(
      [
        { kind: "seatReleased", enrollmentId: released.id },
        ...(promoted ? [promotionNotice(promoted)] : []),
      ],
      origin,
      now,
    );
  }
}

/**
 * Runs the cohort jobs now and every ten minutes. Every server process may run them: each
 * reminder and each released seat is claimed under a lock or by a single update first.
 */
export function startBackgroundJobs() {
  if (process.env.BACKGROUND_JOBS === "off") return;
  if (process.env.NODE_ENV === "production" && !process.env.PUBLIC_URL) {
    console.warn(`PUBLIC_URL is not set: links in scheduled emails will use ${configuredOrigin()}`);
  }
  const run = () =>
    runCohortJobs().catch((error: unknown) => console.error("Cohort jobs failed", error));
  setInterval(run, EVERY_TEN_MINUTES).unref();
  void run();
}
