import { rmSync } from "node:fs";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { filterCourses } from "~/content/queries.server.ts";
import type { Course } from "~/content/types.ts";

import { buildContent } from "../../content-pipeline/build.ts";
import { writeContentFixture, writeFile } from "../../tests/unit/content-fixture.ts";

let root: string;
let courses: Course[];

beforeAll(async () => {
  root = writeContentFixture();
  writeFile(
    root,
    "courses/sample-course/meta.yaml",
    `order: 1\ntheme: data\nlevel: beginner\nminutes: { theory: 10, practice: 10, toolbox: 5, reference: 5 }\ndigcomp: ["1.1", "4.2"]\njobs: []\nlicense: CC-BY-SA-4.0\n`,
  );
  const { bundle, problems } = await buildContent(root, path.join(root, ".cache"));
  if (!bundle) throw new Error(problems.format());
  const base = bundle.courses[0] as Course;
  courses = [
    base,
    { ...base, slug: "second", order: 2, theme: "security", level: "advanced", digcomp: ["5.1"] },
  ];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const slugs = (filters: Parameters<typeof filterCourses>[2], lang = "fr" as const) =>
  filterCourses(courses, lang, filters).map((c) => c.slug);

describe("catalogue filters", () => {
  test("no filter lists every course in order", () => {
    expect(slugs({})).toEqual(["sample-course", "second"]);
  });

  test("theme, level and DigComp area each narrow the list", () => {
    expect(slugs({ theme: "security" })).toEqual(["second"]);
    expect(slugs({ level: "beginner" })).toEqual(["sample-course"]);
    expect(slugs({ area: "4" })).toEqual(["sample-course"]);
    expect(slugs({ area: "5", theme: "data" })).toEqual([]);
  });

  test("search ignores case and accents and needs every word", () => {
    expect(slugs({ q: "DONNÉES" })).toEqual(["sample-course", "second"]);
    expect(slugs({ q: "donnees missing-word" })).toEqual([]);
  });

  test("cards carry the page's language and the total time", () => {
    const [card] = filterCourses(courses, "it", {});
    expect(card).toMatchObject({ title: "Sample course it", minutes: 30 });
  });
});
