/**
 * A second app process for the SQLite tests: on the database named by DATABASE_URL, adds one
 * to a cohort's `seatsVersion` COUNT times by reading then writing it in a transaction, and
 * inserts one rate-limit hit per round outside any transaction.
 */
import { prisma } from "~/utils/db.server.ts";

const [cohortId, count, key] = process.argv.slice(2);
if (!cohortId || !count || !key)
  throw new Error("usage: sqlite-writer.ts <cohortId> <count> <key>");

for (let i = 0; i < Number(count); i++) {
  await prisma.$transaction(async (tx) => {
    const { seatsVersion } = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId } });
    await tx.cohort.update({ where: { id: cohortId }, data: { seatsVersion: seatsVersion + 1 } });
  });
  await prisma.rateLimitHit.create({ data: { key } });
}
await prisma.$disconnect();
