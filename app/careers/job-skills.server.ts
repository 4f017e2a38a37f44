import { coursesBuilding, nextCourseFor, skillCoverage } from "~/careers/skills.ts";
import { toCourseCard } from "~/content/queries.server.ts";
import { getContent } from "~/content/store.server.ts";
import type { Job } from "~/content/types.ts";
import type { Language } from "~/i18n/languages.ts";
import { completedIn, progressByCourse } from "~/learning/progress.server.ts";
import { prisma } from "~/utils/db.server.ts";

/** Courses the learner has finished (all four parts done). */
const completedCourses = async (userId: string) => completedIn(await progressByCourse(userId));

export function coursesBuildingJob(job: Job, lang: Language) {
  return coursesBuilding(job.digcomp, getContent().courses).map((c) => toCourseCard(c, lang));
}

/** How far a learner is toward a job: competences covered by finished courses, and what to take next. */
export async function learnerSkillsForJob(userId: string, job: Job, lang: Language) {
  const { courses } = getContent();
  const completed = await completedCourses(userId);
  const coverage = skillCoverage(
    job.digcomp,
    courses.filter((c) => completed.has(c.slug)),
  );
  const next = nextCourseFor(job.digcomp, courses, completed);
  const target = await prisma.targetJob.findUnique({
    where: { userId_job: { userId, job: job.slug } },
  });
  return { ...coverage, next: next && toCourseCard(next, lang), isTarget: Boolean(target) };
}

export async function setTargetJob(userId: string, job: string, target: boolean) {
  if (target) {
    await prisma.targetJob.upsert({
      where: { userId_job: { userId, job } },
      create: { userId, job },
      update: {},
    });
  } else {
    await prisma.targetJob.deleteMany({ where: { userId, job } });
  }
}

/** The learner's target jobs with their coverage, for the dashboard (which knows the courses done). */
export async function targetJobsProgress(userId: string, lang: Language, completed: Set<string>) {
  const { courses, jobs } = getContent();
  const done = courses.filter((c) => completed.has(c.slug));
  const targets = await prisma.targetJob.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
  });
  return targets.flatMap(({ job: slug }) => {
    const job = jobs.find((j) => j.slug === slug);
    if (!job) return [];
    const next = nextCourseFor(job.digcomp, courses, completed);
    return [
      {
        slug,
        title: job.locales[lang].title,
        ...skillCoverage(job.digcomp, done),
        next: next && { slug: next.slug, title: next.locales[lang].title },
      },
    ];
  });
}
