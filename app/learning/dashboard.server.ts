import { digCompArea } from "~/content/digcomp.ts";
import { toCourseCard } from "~/content/queries.server.ts";
import { getContent } from "~/content/store.server.ts";
import type { Course } from "~/content/types.ts";
import type { Language } from "~/i18n/languages.ts";
import type { ProgressByCourse } from "~/learning/progress.server.ts";
import { courseProgress } from "~/learning/progress-rules.ts";
import { prisma } from "~/utils/db.server.ts";

const SUGGESTIONS = 3;

/**
 * Courses to take next: not started yet, ranked by how many job profiles and DigComp areas
 * they share with the courses the learner has already worked on; catalogue order breaks ties.
 */
export function suggestCourses(all: Course[], started: Set<string>, count = SUGGESTIONS): Course[] {
  const taken = all.filter((c) => started.has(c.slug));
  const jobs = new Set(taken.flatMap((c) => c.jobs));
  const areas = new Set(taken.flatMap((c) => c.digcomp.map(digCompArea)));
  const score = (c: Course) =>
    2 * c.jobs.filter((j) => jobs.has(j)).length +
    new Set(c.digcomp.map(digCompArea).filter((a) => areas.has(a))).size;
  return all
    .filter((c) => !started.has(c.slug))
    .map((course) => ({ course, score: score(course) }))
    .sort((a, b) => b.score - a.score || a.course.order - b.course.order)
    .slice(0, count)
    .map(({ course }) => course);
}

export async function learnerDashboard(userId: string, lang: Language, progress: ProgressByCourse) {
  const { courses } = getContent();
  const certificates = await prisma.certificate.findMany({
    where: { userId, revokedAt: null },
    select: { code: true, course: true, issuedAt: true },
    orderBy: { issuedAt: "desc" },
  });
  const withProgress = courses
    .filter((c) => progress.has(c.slug))
    .map((c) => {
      const entry = progress.get(c.slug);
      return {
        ...toCourseCard(c, lang),
        lastActivity: entry?.lastActivity ?? null,
        progress: courseProgress(entry?.parts ?? []),
      };
    })
    .sort((a, b) => (b.lastActivity?.getTime() ?? 0) - (a.lastActivity?.getTime() ?? 0));
  const titles = new Map(courses.map((c) => [c.slug, c.locales[lang].title]));
  return {
    inProgress: withProgress.filter((c) => !c.progress.complete),
    completed: withProgress.filter((c) => c.progress.complete),
    certificates: certificates.map((c) => ({ ...c, title: titles.get(c.course) ?? c.course })),
    suggestions: suggestCourses(courses, new Set(progress.keys())).map((c) =>
      toCourseCard(c, lang),
    ),
  };
}
