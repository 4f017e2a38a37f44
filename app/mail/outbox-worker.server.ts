import { deliverMail, type MailTransport } from "~/mail/mail.server.ts";
import { onMailQueued } from "~/mail/outbox.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** Minutes to wait after the 1st, 2nd, … failed attempt; the last attempt's failure is final. */
export const RETRY_DELAYS_MINUTES = [1, 5, 30, 120, 360];
export const MAX_ATTEMPTS = RETRY_DELAYS_MINUTES.length + 1;
/** How long a claimed email is one worker's: longer than an SMTP delivery can take (see mail.server.ts). */
const LEASE_MS = 5 * 60 * 1000;
const BATCH = 20;
const MINUTE = 60 * 1000;

type Claimed = { id: string; to: string; subject: string; text: string; attempts: number };

/**
 * Takes one email with a single conditional update: only while it is pending, due, and not
 * taken by anyone since it was read. Taking it counts an attempt and pushes its next attempt
 * past the lease, so no other worker, in this process or another, takes it meanwhile; if this
 * one dies mid-delivery, the email is due again when the lease ends.
 */
async function claim(email: Claimed, now: Date) {
  const { count } = await prisma.outboxEmail.updateMany({
    where: {
      id: email.id,
      status: "pending",
      attempts: email.attempts,
      nextAttemptAt: { lte: now },
    },
    data: {
      attempts: email.attempts + 1,
      nextAttemptAt: new Date(now.getTime() + LEASE_MS),
      lastError: null,
    },
  });
  return count === 1;
}

async function deliver(email: Claimed, now: Date, transport: MailTransport) {
  try {
    await transport({ to: email.to, subject: email.subject, text: email.text });
  } catch (error) {
    const attempt = email.attempts + 1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
    const delay = RETRY_DELAYS_MINUTES[attempt - 1];
    await prisma.outboxEmail.update({
      where: { id: email.id },
      data:
        delay === undefined
          ? { status: "failed", lastError }
          : { lastError, nextAttemptAt: new Date(now.getTime() + delay * MINUTE) },
    });
    console.error(`Email ${email.id} not delivered (attempt ${attempt}): ${lastError}`);
    return "failed" as const;
  }
  await prisma.outboxEmail.update({
    where: { id: email.id },
    data: { status: "sent", sentAt: new Date() },
  });
  return "sent" as const;
}

/**
 * Delivers every email due by `now`, each claimed first (see claim). Any number of workers may
 * run this at the same time: each email is sent by one of them. Returns how many were sent and
 * how many failed this time.
 */
export async function deliverDueEmails({
  now = new Date(),
  transport = deliverMail,
}: { now?: Date; transport?: MailTransport } = {}) {
  const counts = { sent: 0, failed: 0 };
  for (;;) {
    const due = await prisma.outboxEmail.findMany({
      where: { status: "pending", nextAttemptAt: { lte: now } },
      orderBy: { nextAttemptAt: "asc" },
      take: BATCH,
      select: { id: true, to: true, subject: true, text: true, attempts: true },
    });
    let claimed = 0;
    for (const email of due) {
      if (!(await claim(email, now))) continue;
      claimed++;
      counts[await deliver(email, now, transport)]++;
    }
    if (due.length < BATCH || !claimed) return counts;
  }
}

/** A queued email waits this long for its transaction to commit before the worker looks. */
const NUDGE_DELAY_MS = 200;

function pollInterval() {
  const seconds = Number(process.env.OUTBOX_POLL_SECONDS ?? 15);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 15) * 1000;
}

let worker:
  | {
      poll: NodeJS.Timeout;
      nudge?: NodeJS.Timeout;
      unsubscribe: () => void;
      running?: Promise<void>;
      again: boolean;
    }
  | undefined;

function runRound() {
  const current = worker;
  if (!current) return;
  if (current.running) {
    current.again = true;
    return;
  }
  current.running = deliverDueEmails()
    .then(
      () => undefined,
      (error: unknown) => console.error("Email delivery round failed", error),
    )
    .finally(() => {
      current.running = undefined;
      if (current.again && worker === current) {
        current.again = false;
        runRound();
      }
    });
}

/**
 * Delivers the outbox every OUTBOX_POLL_SECONDS (15 by default) and shortly after an email is
 * queued in this process, so that email leaves within a second in normal operation.
 */
export function startOutboxWorker() {
  if (worker) return;
  worker = {
    poll: setInterval(runRound, pollInterval()).unref(),
    again: false,
    unsubscribe: onMailQueued(() => {
      if (!worker || worker.nudge) return;
      worker.nudge = setTimeout(() => {
        if (worker) worker.nudge = undefined;
        runRound();
      }, NUDGE_DELAY_MS).unref();
    }),
  };
  runRound();
}

/** Stops the worker; resolves when the delivery round under way, if any, has finished. */
export async function stopOutboxWorker() {
  const current = worker;
  if (!current) return;
  worker = undefined;
  clearInterval(current.poll);
  clearTimeout(current.nudge);
  current.unsubscribe();
  await current.running;
}
