import { isUniqueViolation, prisma } from "~/utils/db.server.ts";

/** The id of the row that holds place `slot` of a key's budget. */
const slotId = (key: string, slot: number) => `${key}#${slot}`;

/**
 * Counts one attempt under `key` in a sliding window; false once `max` attempts are in it.
 * Kept in the database so that every app process shares the count. A counted attempt holds one
 * of the key's `max` places (a row whose id is `<key>#<place>`) until it is older than the
 * window; taking a free place is one insert, which the primary key lets only one request win.
 * Parallel requests therefore never get past the cap, on either engine and without a
 * transaction; a refused attempt writes nothing, so it never pushes back the end of the wait.
 */
export async function consumeRateLimit(key: string, max: number, windowMs: number) {
  await prisma.rateLimitHit.deleteMany({
    where: { key, at: { lt: new Date(Date.now() - windowMs) } },
  });
  // Each lost race means another request took a place: at most `max` rounds. A free place is
  // picked at random, so that parallel requests seldom race for the same one.
  for (let round = 0; round < max; round++) {
    const held = new Set(
      (await prisma.rateLimitHit.findMany({ where: { key }, select: { id: true } })).map(
        (hit) => hit.id,
      ),
    );
    const free = Array.from({ length: max }, (_, i) => i).filter((i) => !held.has(slotId(key, i)));
    const slot = free[Math.floor(Math.random() * free.length)];
    if (slot === undefined) return false;
    try {
      await prisma.rateLimitHit.create({ data: { id: slotId(key, slot), key } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return false;
}

/** Forgets the attempts counted under `key`, such as failed logins once one succeeds. */
export async function resetRateLimit(key: string) {
  await prisma.rateLimitHit.deleteMany({ where: { key } });
}
