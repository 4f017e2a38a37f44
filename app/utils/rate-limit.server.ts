import { prisma } from "~/utils/db.server.ts";

/**
 * Counts one attempt under `key` in a sliding window; false once `max` attempts are in it.
 * Kept in the database so that every app process shares the count; each step is a single
 * statement (no read-then-write transaction, which SQLite cannot run in parallel).
 */
export async function consumeRateLimit(key: string, max: number, windowMs: number) {
  const since = new Date(Date.now() - windowMs);
  await prisma.rateLimitHit.deleteMany({ where: { key, at: { lt: since } } });
  const count = await prisma.rateLimitHit.count({ where: { key, at: { gte: since } } });
  if (count >= max) return false;
  await prisma.rateLimitHit.create({ data: { key } });
  return true;
}

/** Forgets the attempts counted under `key`, such as failed logins once one succeeds. */
export async function resetRateLimit(key: string) {
  await prisma.rateLimitHit.deleteMany({ where: { key } });
}
