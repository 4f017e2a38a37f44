import type { Mail } from "~/mail/mail.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** The plain client or a transaction's client: an email queued in a transaction commits with it. */
export type OutboxDb = Pick<typeof prisma, "outboxEmail">;

/** Kept across development rebuilds, whose modules are new but whose worker is the first one. */
const globalForOutbox = globalThis as unknown as { outboxListeners?: Set<() => void> };
const queuedListeners = (globalForOutbox.outboxListeners ??= new Set());

/** Called after each queued email, so that the worker in this process can deliver it at once. */
export function onMailQueued(listener: () => void) {
  queuedListeners.add(listener);
  return () => queuedListeners.delete(listener);
}

/**
 * Queues an email: a row in the outbox, written with `db`, that the worker delivers (with
 * retries) once it is committed. Pass the transaction's client so that the email is sent only
 * if the change that causes it is saved, and always then.
 */
export async function queueMail(db: OutboxDb, mail: Mail) {
  await db.outboxEmail.create({ data: { to: mail.to, subject: mail.subject, text: mail.text } });
  for (const listener of queuedListeners) listener();
}

/** A pending email older than this has missed several deliveries: the admin page lists it. */
const LATE_MS = 10 * 60 * 1000;

/** The emails an admin should look at: given up on, or still pending long after they were queued. */
export function emailsInTrouble(now = new Date()) {
  return prisma.outboxEmail.findMany({
    where: {
      OR: [
        { status: "failed" },
        { status: "pending", createdAt: { lt: new Date(now.getTime() - LATE_MS) } },
      ],
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

/**
 * Puts a failed email, or a pending one waiting for its next attempt, back to be sent now with
 * a fresh set of attempts. An email a worker is delivering at this moment (claimed, so its last
 * error is cleared) is left alone: false.
 */
export async function retryEmail(id: string, now = new Date()) {
  const { count } = await prisma.outboxEmail.updateMany({
    where: {
      id,
      OR: [{ status: "failed" }, { status: "pending", lastError: { not: null } }],
    },
    data: { status: "pending", attempts: 0, nextAttemptAt: now },
  });
  if (count) for (const listener of queuedListeners) listener();
  return count === 1;
}
