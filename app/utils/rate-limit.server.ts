import { prisma } from "./db.server.ts";

/**
 * Counts one attempt under `key` in a fixed window; false once `max` attempts are used.
 * Kept in the database so every app process shares the count.
 */
export async function consumeRateLimit(key: string, max: number, windowMs: number) {
  const now = new Date();
  return prisma.$transaction(async (tx) => {
    const current = await tx.rateLimit.findUnique({ where: { key } });
    if (!current || now.getTime() - current.windowStart.getTime() >= windowMs) {
      await tx.rateLimit.upsert({
        where: { key },
        create: { key, count: 1, windowStart: now },
        update: { count: 1, windowStart: now },
      });
      return true;
    }
    if (current.count >= max) return false;
    await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return true;
  });
}
