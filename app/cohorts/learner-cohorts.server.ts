import {
  ACTIVE_ENROLLMENT_STATUSES,
  parseActiveEnrollmentStatus,
} from "~/cohorts/enrollment-status.ts";
import { formatInZone } from "~/cohorts/time-zones.ts";
import { findCourse } from "~/content/queries.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { prisma } from "~/utils/db.server.ts";

/** A learner's cohorts (enrolled, waiting or paying) with their next live session and courses. */
export async function learnerCohorts(userId: string, lang: Language, now = new Date()) {
  const enrollments = await prisma.enrollment.findMany({
    where: { userId, status: { in: [...ACTIVE_ENROLLMENT_STATUSES] } },
    include: {
      cohort: {
        include: {
          sessions: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 1 },
          courses: true,
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
      status: parseActiveEnrollmentStatus(status),
      next: next ? `${formatInZone(next.startsAt, next.timeZone, lang)} · ${next.place}` : null,
      courses: cohort.courses.flatMap(({ course }) => {
        const found = findCourse(course);
        return found ? [{ slug: course, title: found.locales[lang].title }] : [];
      }),
    };
  });
}
