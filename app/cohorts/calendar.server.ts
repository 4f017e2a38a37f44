import type { SessionUser } from "~/account/auth.server.ts";
import type { EnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { toIcs } from "~/cohorts/ics.ts";
import { prisma } from "~/utils/db.server.ts";

/**
 * A cohort's live sessions as a calendar file, for its trainer, admins and its enrolled
 * learners; null for anyone else, as for an unknown cohort.
 */
export async function cohortCalendar(cohortId: string, user: Pick<SessionUser, "id" | "role">) {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    include: {
      sessions: { orderBy: { startsAt: "asc" } },
      enrollments: { where: { userId: user.id, status: "enrolled" satisfies EnrollmentStatus } },
    },
  });
  const allowed =
    cohort &&
    (cohort.trainerId === user.id || user.role === "admin" || cohort.enrollments.length > 0);
  if (!allowed) return null;
  const ics = toIcs(
    cohort.title,
    cohort.sessions.map((s) => ({
      uid: `${s.id}@socialtech.academy`,
      start: s.startsAt,
      durationMinutes: s.durationMinutes,
      summary: cohort.title,
      location: s.place,
    })),
  );
  return { ics, filename: `cohort-${cohort.joinCode}.ics` };
}
