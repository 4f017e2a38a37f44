import { prisma } from "../utils/db.server.ts";
import { courseProgress } from "../learning/progress-rules.ts";

export type LearnerRow = {
  userId: string;
  name: string;
  email: string;
  status: string;
  courses: Record<string, { percent: number; quiz: number | null; certificate: boolean }>;
  percent: number;
  lastActivity: Date | null;
};

function groupBy<T>(items: T[], keyOf: (item: T) => string) {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** The learners × courses matrix of a cohort: completion, best quiz score, certificate, last activity. */
export async function cohortProgress(
  courses: string[],
  enrollments: { userId: string; status: string; user: { name: string; email: string } }[],
): Promise<LearnerRow[]> {
  const userIds = enrollments.map((e) => e.userId);
  const [parts, quizzes, certificates] = await Promise.all([
    prisma.partProgress.findMany({
      where: { userId: { in: userIds }, course: { in: courses } },
      select: { userId: true, course: true, part: true, completedAt: true },
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
  // Looked up by learner (and course) rather than searched: a cohort of 500 learners on 20
  // courses reads some 40,000 progress rows.
  const key = (userId: string | null, course: string) => `${userId}|${course}`;
  const partsByUser = groupBy(parts, (p) => p.userId);
  const bestScore = new Map(quizzes.map((q) => [key(q.userId, q.course), q._max.score]));
  const certified = new Set(certificates.map((c) => key(c.userId, c.course)));
  return enrollments.map(({ userId, status, user }) => {
    const mine = partsByUser.get(userId) ?? [];
    const partsByCourse = groupBy(mine, (p) => p.course);
    const perCourse = Object.fromEntries(
      courses.map((course) => [
        course,
        {
          percent: courseProgress((partsByCourse.get(course) ?? []).map((p) => p.part)).percent,
          quiz: bestScore.get(key(userId, course)) ?? null,
          certificate: certified.has(key(userId, course)),
        },
      ]),
    );
    const percents = Object.values(perCourse).map((c) => c.percent);
    const lastActivity = mine.reduce<Date | null>(
      (last, p) => (!last || p.completedAt > last ? p.completedAt : last),
      null,
    );
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

export const SORTS = ["name", "progress", "activity"] as const;
export type LearnerSort = (typeof SORTS)[number];

export const parseSort = (value: string | null): LearnerSort =>
  (SORTS as readonly string[]).includes(value ?? "") ? (value as LearnerSort) : "name";

/** By name (A to Z), by overall progress (most first) or by last activity (most recent first). */
export function sortLearners<R extends Pick<LearnerRow, "name" | "percent" | "lastActivity">>(
  rows: R[],
  sort: LearnerSort,
) {
  const byName = (a: R, b: R) => a.name.localeCompare(b.name);
  const compare: Record<LearnerSort, (a: R, b: R) => number> = {
    name: byName,
    progress: (a, b) => b.percent - a.percent || byName(a, b),
    activity: (a, b) =>
      (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0) || byName(a, b),
  };
  return [...rows].sort(compare[sort]);
}
