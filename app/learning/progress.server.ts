import type { Part } from "~/content/vocabulary.ts";
import { courseProgress } from "~/learning/progress-rules.ts";
import { prisma } from "~/utils/db.server.ts";

/** Records a part as done; doing it twice records it once. */
export async function markPartDone(userId: string, course: string, part: Part) {
  await prisma.partProgress.upsert({
    where: { userId_course_part: { userId, course, part } },
    create: { userId, course, part },
    update: {},
  });
}

export async function partsDone(userId: string, course: string): Promise<string[]> {
  const rows = await prisma.partProgress.findMany({
    where: { userId, course },
    select: { part: true },
  });
  return rows.map((r) => r.part);
}

export type ProgressByCourse = Map<string, { parts: string[]; lastActivity: Date }>;

/** Every course the user has started: course slug → parts done, and last activity. */
export async function progressByCourse(userId: string): Promise<ProgressByCourse> {
  const rows = await prisma.partProgress.findMany({
    where: { userId },
    select: { course: true, part: true, completedAt: true },
    orderBy: { completedAt: "desc" },
  });
  const byCourse: ProgressByCourse = new Map();
  for (const row of rows) {
    const entry = byCourse.get(row.course) ?? { parts: [], lastActivity: row.completedAt };
    entry.parts.push(row.part);
    byCourse.set(row.course, entry);
  }
  return byCourse;
}

/** The courses of which every part is done. */
export function completedIn(progress: ProgressByCourse): Set<string> {
  return new Set(
    [...progress].filter(([, entry]) => courseProgress(entry.parts).complete).map(([slug]) => slug),
  );
}

export async function bestQuizScore(userId: string, course: string): Promise<number | null> {
  const best = await prisma.quizAttempt.aggregate({
    where: { userId, course },
    _max: { score: true },
  });
  return best._max.score;
}
