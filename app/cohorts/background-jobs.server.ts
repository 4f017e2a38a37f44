import { queueDueReminders } from "~/cohorts/cohort-mail.server.ts";
import { releaseStaleHolds } from "~/cohorts/enrollment.server.ts";
import { startOutboxWorker, stopOutboxWorker } from "~/mail/outbox-worker.server.ts";
import { syncOverduePayments } from "~/payments/reconciliation.server.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { claimJobLease } from "~/utils/job-lease.server.ts";
import { configuredOrigin } from "~/utils/origin.server.ts";

const EVERY_TEN_MINUTES = 10 * 60 * 1000;

/**
 * The scheduled cohort jobs, in the order of a round: live-session reminders; Checkouts past
 * their end checked with Stripe (in case a webhook was lost); then seats held too long without
 * any payment. Each writes its emails to the outbox in the transaction of its change.
 */
const COHORT_JOBS: { name: string; run: (now: Date) => Promise<unknown> }[] = [
  { name: "cohort-reminders", run: (now) => queueDueReminders(now) },
  {
    name: "payment-sync",
    run: (now) => (paymentsEnabled() ? syncOverduePayments(now) : Promise.resolve()),
  },
  { name: "stale-holds", run: (now) => releaseStaleHolds(now) },
];

/**
 * One round: each job whose lease this instance obtains for the period (see claimJobLease),
 * so that each runs once per period across every app instance. A failing job does not stop
 * the others.
 */
export async function runCohortJobs(now = new Date(), periodMs = EVERY_TEN_MINUTES) {
  for (const job of COHORT_JOBS) {
    try {
      if (await claimJobLease(job.name, periodMs, { now })) await job.run(now);
    } catch (error) {
      console.error(`Background job ${job.name} failed`, error);
    }
  }
}

type Jobs = { timer: NodeJS.Timeout; round?: Promise<void> };
let jobs: Jobs | undefined;

/**
 * Runs the cohort jobs now and every ten minutes, and the outbox worker. Every app instance
 * calls this; the leases make each job run in one of them per period. BACKGROUND_JOBS=off
 * turns all of it off.
 */
export function startBackgroundJobs() {
  if (process.env.BACKGROUND_JOBS === "off" || jobs) return;
  if (process.env.NODE_ENV === "production" && !process.env.PUBLIC_URL) {
    console.warn(`PUBLIC_URL is not set: links in emails will use ${configuredOrigin()}`);
  }
  startOutboxWorker();
  const current: Jobs = { timer: setInterval(() => run(), EVERY_TEN_MINUTES).unref() };
  const run = () => {
    if (current.round || jobs !== current) return;
    current.round = runCohortJobs().finally(() => (current.round = undefined));
  };
  jobs = current;
  run();
}

/** Stops the jobs and the outbox worker; resolves when the round and delivery under way end. */
export async function stopBackgroundJobs() {
  const current = jobs;
  jobs = undefined;
  if (current) clearInterval(current.timer);
  await Promise.all([current?.round, stopOutboxWorker()]);
}
