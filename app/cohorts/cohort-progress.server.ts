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
  return enrollments.map(({ userId, status, user }) => {
    const mine = parts.filter((p) => p.userId === userId);
    const perCourse = Object.fromEntries(
      courses.map((course) => [
        course,
        {
          percent: courseProgress(mine.filter((p) => p.course === course).map((p) => p.part))
            .percent,
          quiz: quizzes.find((q) => q.userId === userId && q.course === course)?._max.score ?? null,
          certificate: certificates.some((c) => c.userId === userId && c.course === course),
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
