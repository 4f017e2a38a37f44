import { type DigCompArea, digCompArea, type DigCompCompetence } from "~/content/digcomp.ts";

type JobSkills = { slug: string; digcomp: readonly DigCompCompetence[] };
type CourseSkills = {
  slug: string;
  digcomp: readonly DigCompCompetence[];
  jobs: readonly string[];
};

/**
 * Job profiles needing a competence of a DigComp area, and/or that a course leads to (the
 * course names the job, or builds one of its competences).
 */
export function filterJobs<J extends JobSkills>(
  jobs: readonly J[],
  courses: readonly CourseSkills[],
  filters: { area?: DigCompArea; course?: string },
): J[] {
  const course = filters.course ? courses.find((c) => c.slug === filters.course) : undefined;
  if (filters.course && !course) return [];
  return jobs.filter(
    (job) =>
      (!filters.area || job.digcomp.some((code) => digCompArea(code) === filters.area)) &&
      (!course ||
        course.jobs.includes(job.slug) ||
        job.digcomp.some((code) => course.digcomp.includes(code))),
  );
}
