import type { DigCompCompetence } from "~/content/digcomp.ts";

type CourseSkills = { slug: string; order: number; digcomp: readonly DigCompCompetence[] };

/** The job's competences that the learner's completed courses build. */
export function skillCoverage(
  jobCompetences: readonly DigCompCompetence[],
  completedCourses: readonly CourseSkills[],
) {
  const built = new Set(completedCourses.flatMap((c) => c.digcomp));
  const covered = jobCompetences.filter((code) => built.has(code));
  return {
    covered,
    missing: jobCompetences.filter((code) => !built.has(code)),
    total: jobCompetences.length,
    percent: jobCompetences.length ? Math.round((covered.length / jobCompetences.length) * 100) : 0,
  };
}

/**
 * Courses that build a job's competences, most competences first (catalogue order breaks
 * ties); only courses that build at least one.
 */
export function coursesBuilding<C extends CourseSkills>(
  competences: readonly DigCompCompetence[],
  courses: readonly C[],
) {
  const wanted = new Set(competences);
  return courses
    .map((course) => ({ course, count: course.digcomp.filter((code) => wanted.has(code)).length }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.course.order - b.course.order)
    .map(({ course }) => course);
}

/** The next course to take for a job: the one building most of the competences still missing. */
export function nextCourseFor<C extends CourseSkills>(
  jobCompetences: readonly DigCompCompetence[],
  courses: readonly C[],
  completed: ReadonlySet<string>,
): C | null {
  const { missing } = skillCoverage(
    jobCompetences,
    courses.filter((c) => completed.has(c.slug)),
  );
  return (
    coursesBuilding(
      missing,
      courses.filter((c) => !completed.has(c.slug)),
    )[0] ?? null
  );
}

/** For each of a job's competences, the courses that build it, in catalogue order. */
export function coursesByCompetence<C extends CourseSkills>(
  competences: readonly DigCompCompetence[],
  courses: readonly C[],
) {
  const ordered = [...courses].sort((a, b) => a.order - b.order);
  return competences.map((code) => ({
    code,
    courses: ordered.filter((course) => course.digcomp.includes(code)),
  }));
}
