import { describe, expect, test } from "vitest";

import {
  coursesBuilding,
  coursesByCompetence,
  nextCourseFor,
  skillCoverage,
} from "~/careers/skills.ts";

const courses = [
  { slug: "a", order: 1, digcomp: ["1.1", "1.2"] as const },
  { slug: "b", order: 2, digcomp: ["4.2"] as const },
  { slug: "c", order: 3, digcomp: ["4.2", "5.1", "1.2"] as const },
  { slug: "d", order: 4, digcomp: ["3.4"] as const },
];
const job = ["1.2", "4.2", "5.1"] as const;

describe("skills for a job", () => {
  test("coverage counts the job's competences built by completed courses", () => {
    expect(skillCoverage(job, [])).toEqual({
      covered: [],
      missing: ["1.2", "4.2", "5.1"],
      total: 3,
      percent: 0,
    });
    expect(skillCoverage(job, [courses[0]!, courses[1]!])).toMatchObject({
      covered: ["1.2", "4.2"],
      missing: ["5.1"],
      percent: 67,
    });
  });

  test("courses that build the skills: most first, none that build nothing", () => {
    expect(coursesBuilding(job, courses).map((c) => c.slug)).toEqual(["c", "a", "b"]);
  });

  test("the next course covers the most missing competences and is not done yet", () => {
    expect(nextCourseFor(job, courses, new Set())?.slug).toBe("c");
    expect(nextCourseFor(job, courses, new Set(["c"]))).toBeNull();
    expect(nextCourseFor(job, courses, new Set(["a", "b"]))?.slug).toBe("c");
    expect(nextCourseFor(["3.4"], courses, new Set(["a"]))?.slug).toBe("d");
  });
});

describe("courses by competence", () => {
  test("lists, for each competence of the job, the courses that build it in catalogue order", () => {
    const rows = coursesByCompetence(job, [...courses].reverse());
    expect(rows.map((r) => [r.code, r.courses.map((c) => c.slug)])).toEqual([
      ["1.2", ["a", "c"]],
      ["4.2", ["b", "c"]],
      ["5.1", ["c"]],
    ]);
  });

  test("a competence no course builds has an empty list", () => {
    expect(coursesByCompetence(["2.6"], courses)).toEqual([{ code: "2.6", courses: [] }]);
  });
});
