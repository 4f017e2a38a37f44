import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, test } from "vitest";

import { writeContentFixture, writeFile } from "../tests/unit/content-fixture.ts";
import { buildContent } from "./build.ts";

let root: string;
const build = () => buildContent(root, path.join(root, ".cache"));
const messages = async () => (await build()).problems.list.map((p) => `${p.file}: ${p.message}`);

beforeEach(() => {
  root = writeContentFixture();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("buildContent", () => {
  test("compiles a valid tree to HTML for every language", async () => {
    const { bundle, problems } = await build();
    expect(problems.list).toEqual([]);
    const course = bundle?.courses[0];
    expect(course?.slug).toBe("sample-course");
    expect(course?.locales.fr.parts.theory.html).toContain('<a href="/fr/jobs/sample-job">');
    expect(course?.locales.fr.parts.theory.html).toContain("<h2>Heading</h2>");
    expect(course?.locales.it.search).toContain("donnees");
    expect(bundle?.jobs[0]?.locales.es.title).toBe("Sample job es");
    expect(bundle?.interviews[0]?.job).toBe("sample-job");
  });

  test("names the file of a missing language part", async () => {
    rmSync(path.join(root, "courses/sample-course/it/toolbox.mdx"));
    expect(await messages()).toContain("courses/sample-course/it/toolbox.mdx: file is missing");
    expect((await build()).bundle).toBeUndefined();
  });

  test("refuses an unsupported language folder", async () => {
    writeFile(root, "courses/sample-course/de/course.yaml", "title: x\n");
    expect(await messages()).toContain(
      'courses/sample-course/de: "de" is not a supported language',
    );
  });

  test("reports invalid metadata with the field", async () => {
    writeFile(
      root,
      "courses/sample-course/meta.yaml",
      `order: 1\ntheme: cooking\nlevel: beginner\nminutes: { theory: 1, practice: 1, toolbox: 1, reference: 1 }\ndigcomp: ["9.9"]\njobs: []\nlicense: CC-BY-SA-4.0\n`,
    );
    const found = await messages();
    expect(found.some((m) => m.startsWith("courses/sample-course/meta.yaml: theme:"))).toBe(true);
    expect(found.some((m) => m.startsWith("courses/sample-course/meta.yaml: digcomp.0:"))).toBe(
      true,
    );
  });

  test("reports an ESCO occupation without a valid URI or English label", async () => {
    writeFile(
      root,
      "jobs/sample-job/meta.yaml",
      `order: 1\ndigcomp: ["1.1"]\nesco:\n  uri: https://esco.example/web-developer\n  labels: { fr: "développeur web" }\nrelated: []\n`,
    );
    const found = await messages();
    expect(found.some((m) => m.startsWith("jobs/sample-job/meta.yaml: esco.uri:"))).toBe(true);
    expect(found.some((m) => m.startsWith("jobs/sample-job/meta.yaml: esco.labels.en:"))).toBe(
      true,
    );
  });

  test("reports an unknown related job and an interview of an unknown job", async () => {
    writeFile(
      root,
      "interviews/sample-job-interview/meta.yaml",
      "job: ghost-job\nillustrative: true\n",
    );
    expect(await messages()).toContain(
      'interviews/sample-job-interview/meta.yaml: unknown job profile "ghost-job"',
    );
  });

  test("reports a broken internal link and a link to another language", async () => {
    writeFile(
      root,
      "jobs/sample-job/fr.mdx",
      "---\ntitle: Métier\nsummary: Un métier.\n---\n\n[Cours](/fr/courses/nowhere) et [job](/en/jobs/sample-job).\n",
    );
    const found = await messages();
    expect(found).toContain('jobs/sample-job/fr.mdx: broken internal link "/fr/courses/nowhere"');
    expect(found).toContain(
      'jobs/sample-job/fr.mdx: link "/en/jobs/sample-job" leaves the page\'s language (fr)',
    );
  });

  test("reports a quiz whose right answers differ between languages", async () => {
    writeFile(
      root,
      "courses/sample-course/es/quiz.yaml",
      readFileSync(path.join(root, "courses/sample-course/en/quiz.yaml"), "utf8").replace(
        "id: two",
        "id: deux",
      ),
    );
    const found = await messages();
    expect(found.some((m) => m.startsWith("courses/sample-course/es/quiz.yaml: questions"))).toBe(
      true,
    );
  });

  test("reports MDX that does not compile", async () => {
    writeFile(
      root,
      "courses/sample-course/en/practice.mdx",
      "---\ntitle: P\ndescription: D\n---\n\n<Broken\n",
    );
    const found = await messages();
    expect(
      found.some((m) =>
        m.startsWith("courses/sample-course/en/practice.mdx: MDX does not compile"),
      ),
    ).toBe(true);
  });

  test("reports a missing frontmatter", async () => {
    writeFile(root, "courses/sample-course/fr/practice.mdx", "No frontmatter here.\n");
    expect(await messages()).toContain(
      "courses/sample-course/fr/practice.mdx: frontmatter (between --- lines) is missing",
    );
  });
});
