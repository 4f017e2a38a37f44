import { describe, expect, test } from "vitest";

import { filterJobs } from "~/careers/job-filters.ts";

const jobs = [
  { slug: "analyst", digcomp: ["1.1", "1.3"] as const },
  { slug: "developer", digcomp: ["3.4"] as const },
  { slug: "mediator", digcomp: ["2.1", "5.4"] as const },
];
const courses = [
  { slug: "data", digcomp: ["1.1"] as const, jobs: [] },
  { slug: "mediation", digcomp: ["4.2"] as const, jobs: ["mediator"] },
];
const slugs = (filters: Parameters<typeof filterJobs>[2]) =>
  filterJobs(jobs, courses, filters).map((j) => j.slug);

describe("job profile filters", () => {
  test("by DigComp area", () => {
    expect(slugs({ area: "1" })).toEqual(["analyst"]);
    expect(slugs({ area: "4" })).toEqual([]);
  });
  test("by course: a shared competence or a job the course names", () => {
    expect(slugs({ course: "data" })).toEqual(["analyst"]);
    expect(slugs({ course: "mediation" })).toEqual(["mediator"]);
    expect(slugs({ course: "unknown" })).toEqual([]);
  });
  test("both filters together, or none", () => {
    expect(slugs({ course: "mediation", area: "1" })).toEqual([]);
    expect(slugs({})).toEqual(["analyst", "developer", "mediator"]);
  });
});
