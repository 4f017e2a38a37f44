import { z } from "zod";

import { DIGCOMP_AREAS, digCompArea } from "~/content/digcomp.ts";
import { normalise } from "~/content/normalise.ts";
import { getContent } from "~/content/store.server.ts";
import type { Course, Job } from "~/content/types.ts";
import { LEVELS, type Part, PARTS, THEMES } from "~/content/vocabulary.ts";
import type { Language } from "~/i18n/languages.ts";

const totalMinutes = (course: Course) => PARTS.reduce((sum, p) => sum + course.minutes[p], 0);

export function toCourseCard(course: Course, lang: Language) {
  const { title, summary } = course.locales[lang];
  return {
    slug: course.slug,
    title,
    summary,
    theme: course.theme,
    level: course.level,
    minutes: totalMinutes(course),
    digcomp: course.digcomp,
  };
}
export type CourseCard = ReturnType<typeof toCourseCard>;

/** Unknown filter values (an edited URL) are ignored rather than refused. */
const catalogueFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  theme: z.enum(THEMES).optional().catch(undefined),
  level: z.enum(LEVELS).optional().catch(undefined),
  area: z.enum(DIGCOMP_AREAS).optional().catch(undefined),
});
export type CatalogueFilters = z.infer<typeof catalogueFiltersSchema>;

export function parseCatalogueFilters(query: Record<string, string>): CatalogueFilters {
  return catalogueFiltersSchema.parse(query);
}

/** The courses matching every filter and every search word, in catalogue order. */
export function filterCourses(courses: Course[], lang: Language, filters: CatalogueFilters) {
  const terms = normalise(filters.q ?? "")
    .split(/\s+/)
    .filter(Boolean);
  return courses
    .filter(
      (c) =>
        (!filters.theme || c.theme === filters.theme) &&
        (!filters.level || c.level === filters.level) &&
        (!filters.area || c.digcomp.some((code) => digCompArea(code) === filters.area)) &&
        terms.every((term) => c.locales[lang].search.includes(term)),
    )
    .map((c) => toCourseCard(c, lang));
}

export function searchCourses(lang: Language, filters: CatalogueFilters): CourseCard[] {
  return filterCourses(getContent().courses, lang, filters);
}

export function findCourse(slug: string): Course | undefined {
  return getContent().courses.find((c) => c.slug === slug);
}

export function isPart(value: string | undefined): value is Part {
  return (PARTS as readonly string[]).includes(value ?? "");
}

export function findJob(slug: string): Job | undefined {
  return getContent().jobs.find((j) => j.slug === slug);
}

export function toJobCard(job: Job, lang: Language) {
  const { title, summary } = job.locales[lang];
  return { slug: job.slug, title, summary, digcomp: job.digcomp };
}

export function jobCards(lang: Language, slugs?: string[]) {
  const jobs = getContent().jobs.filter((j) => !slugs || slugs.includes(j.slug));
  return jobs.map((j) => toJobCard(j, lang));
}

export function coursesLeadingTo(jobSlug: string, lang: Language): CourseCard[] {
  return getContent()
    .courses.filter((c) => c.jobs.includes(jobSlug))
    .map((c) => toCourseCard(c, lang));
}

export function findInterview(slug: string) {
  return getContent().interviews.find((i) => i.slug === slug);
}

export function interviewForJob(jobSlug: string) {
  return getContent().interviews.find((i) => i.job === jobSlug);
}

export function interviewCards(lang: Language) {
  return getContent().interviews.map((i) => {
    const { title, summary, person, role } = i.locales[lang];
    return { slug: i.slug, job: i.job, title, summary, person, role, illustrative: i.illustrative };
  });
}
