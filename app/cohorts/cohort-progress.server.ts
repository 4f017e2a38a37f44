import type { ActiveEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { PARTS } from "~/content/vocabulary.ts";
import { percentDone } from "~/learning/progress-rules.ts";
import { prisma } from "~/utils/db.server.ts";
import { paginate } from "~/utils/pagination.ts";

export type LearnerRow = {
  userId: string;
  name: string;
  email: string;
  status: ActiveEnrollmentStatus;
  courses: Record<string, { percent: number; quiz: number | null; certificate: boolean }>;
  percent: number;
  lastActivity: Date | null;
};

/** The learners × courses matrix of a cohort: completion, best quiz score, certificate, last activity. */
export async function cohortProgress(
  courses: string[],
  enrollments: {
    userId: string;
    status: ActiveEnrollmentStatus;
    user: { name: string; email: string };
  }[],
): Promise<LearnerRow[]> {
  const userIds = enrollments.map((e) => e.userId);
  // Counted by the database, one row per learner and course (10,000 for 500 learners on 20
  // courses) rather than one per part done: reading and mapping every part row took most of
  // the page's time.
  const [parts, quizzes, certificates] = await Promise.all([
    prisma.partProgress.groupBy({
      by: ["userId", "course"],
      where: { userId: { in: userIds }, course: { in: courses }, part: { in: [...PARTS] } },
      _count: { _all: true },
      _max: { completedAt: true },
    }),
    prisma.quizAttempt.groupBy({
      by: ["userId", "course"],
      where: { userId: { in: userIds }, course: { in: courses } },
      _max: { score: true },
    }),
    prisma.certificate.findMany({
      where: { userId: { in: userIds }, course: { in: courses }, revokedAt: null },
      select: { userId: true, course: true },
    }),
  ]);
  const key = (userId: string | null, course: string) => `${userId}|${course}`;
  const done = new Map(parts.map((p) => [key(p.userId, p.course), p]));
  const bestScore = new Map(quizzes.map((q) => [key(q.userId, q.course), q._max.score]));
  const certified = new Set(certificates.map((c) => key(c.userId, c.course)));
  return enrollments.map(({ userId, status, user }) => {
    let lastActivity: Date | null = null;
    const perCourse = Object.fromEntries(
      courses.map((course) => {
        const progress = done.get(key(userId, course));
        const last = progress?._max.completedAt;
        if (last && (!lastActivity || last > lastActivity)) lastActivity = last;
        return [
          course,
          {
            percent: percentDone(progress?._count._all ?? 0),
            quiz: bestScore.get(key(userId, course)) ?? null,
            certificate: certified.has(key(userId, course)),
          },
        ];
      }),
    );
    const percents = Object.values(perCourse).map((c) => c.percent);
    return {
      userId,
      name: user.name,
      email: user.email,
      status,
      courses: perCourse,
      percent: percents.length
        ? Math.round(percents.reduce((a, b) => a + b, 0) / percents.length)
        : 0,
      lastActivity,
    };
  });
}

/** Rows shown at once: a phone, or a screen reader going row by row, is not given 500. */
export const LEARNERS_PER_PAGE = 50;

type Enrollment = Parameters<typeof cohortProgress>[1][number];

/**
 * One page of the matrix, sorted over the whole cohort. Sorted by name (the default), only
 * the page's learners are read; sorting by progress or activity needs every learner's counts.
 */
export async function cohortProgressPage(
  courses: string[],
  enrollments: Enrollment[],
  sort: LearnerSort,
  requestedPage: number,
  size = LEARNERS_PER_PAGE,
) {
  if (sort === "name") {
    const byName = [...enrollments].sort((a, b) => compareNames(a.user, b.user));
    const { items, ...position } = paginate(byName, requestedPage, size);
    return { rows: await cohortProgress(courses, items), ...position };
  }
  const sorted = sortLearners(await cohortProgress(courses, enrollments), sort);
  const { items, ...position } = paginate(sorted, requestedPage, size);
  return { rows: items, ...position };
}

const compareNames = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export const SORTS = ["name", "progress", "activity"] as const;
export type LearnerSort = (typeof SORTS)[number];

export const parseSort = (value: string | null): LearnerSort =>
  (SORTS as readonly string[]).includes(value ?? "") ? (value as LearnerSort) : "name";

/** By name (A to Z), by overall progress (most first) or by last activity (most recent first). */
export function sortLearners<R extends Pick<LearnerRow, "name" | "percent" | "lastActivity">>(
  rows: R[],
  sort: LearnerSort,
) {
  const compare: Record<LearnerSort, (a: R, b: R) => number> = {
    name: compareNames,
    progress: (a, b) => b.percent - a.percent || compareNames(a, b),
    activity: (a, b) =>
      (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0) || compareNames(a, b),
  };
  return [...rows].sort(compare[sort]);
}
