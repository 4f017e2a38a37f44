import type { Language } from "../languages.ts";
import { prisma } from "../utils/db.server.ts";
import { formatInZone } from "./time-zones.ts";

/** A learner's cohorts (enrolled or waiting) with their next live session. */
export async function learnerCohorts(userId: string, lang: Language, now = new Date()) {
  const enrollments = await prisma.enrollment.findMany({
    where: { userId, status: { in: ["enrolled", "waiting", "pending_payment"] } },
    include: {
      cohort: {
        include: {
          sessions: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 1 },
        },
      },
    },
    orderBy: { createdAt: "desc" },
  });
  return enrollments.map(({ status, cohort }) => {
    const next = cohort.sessions[0];
    return {
      id: cohort.id,
      code: cohort.joinCode,
      title: cohort.title,
      status,
      next: next ? `${formatInZone(next.startsAt, next.timeZone, lang)} · ${next.place}` : null,
    };
  });
}
