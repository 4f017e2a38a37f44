import { randomUUID } from "node:crypto";

import { isUniqueViolation, prisma } from "~/utils/db.server.ts";

/** This app instance, as a lease holder. */
export const INSTANCE_ID = randomUUID();

/**
 * Claims the job `name` for one period, so that of all the app instances running it on a timer,
 * one runs it: true when this instance may run it now. The lease is taken with one conditional
 * update (free since its end, or ours already: a holder keeps its job, even if its timer fires a
 * little early), or, the first time, one insert, which fails on the unique name when another
 * instance has just inserted it.
 */
export async function claimJobLease(
  name: string,
  periodMs: number,
  { holder = INSTANCE_ID, now = new Date() }: { holder?: string; now?: Date } = {},
) {
  const until = new Date(now.getTime() + periodMs);
  const { count } = await prisma.jobLease.updateMany({
    where: { name, OR: [{ until: { lte: now } }, { holder }] },
    data: { holder, until },
  });
  if (count) return true;
  try {
    await prisma.jobLease.create({ data: { name, holder, until } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
