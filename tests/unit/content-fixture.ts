import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { PARTS } from "~/content/vocabulary.ts";
import { LANGUAGES } from "~/i18n/languages.ts";

const quiz = (lang: string) => `questions:
${["one", "two", "three", "four", "five"]
  .map(
    (id) => `  - id: ${id}
    prompt: Question ${id} (${lang})?
    multiple: false
    choices:
      - text: Right
        correct: true
      - text: Wrong
    explanation: Because.`,
  )
  .join("\n")}
`;

/** Writes a small, valid content tree (one course, one job, one interview) to a temp folder. */
export function writeContentFixture(): string {
  const root = mkdtempSync(path.join(tmpdir(), "sta-content-"));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  write(
    "courses/sample-course/meta.yaml",
    `order: 1
theme: data
level: beginner
minutes: { theory: 10, practice: 10, toolbox: 5, reference: 5 }
digcomp: ["1.1", "4.2"]
jobs: [sample-job]
license: CC-BY-SA-4.0
`,
  );
  write("jobs/sample-job/meta.yaml", `order: 1\ndigcomp: ["1.1"]\nrelated: []\n`);
  write("interviews/sample-job-interview/meta.yaml", `job: sample-job\nillustrative: true\n`);
  for (const lang of LANGUAGES) {
    write(
      `courses/sample-course/${lang}/course.yaml`,
      `title: Sample course ${lang}\nsummary: Learn about données.\nobjectives:\n  - One\n  - Two\n`,
    );
    write(`courses/sample-course/${lang}/quiz.yaml`, quiz(lang));
    for (const part of PARTS) {
      write(
        `courses/sample-course/${lang}/${part}.mdx`,
        `---\ntitle: ${part} ${lang}\ndescription: About ${part}.\n---\n\n## Heading\n\nSee [the job](/${lang}/jobs/sample-job).\n`,
      );
    }
    write(
      `jobs/sample-job/${lang}.mdx`,
      `---\ntitle: Sample job ${lang}\nsummary: A job.\n---\n\n## Missions\n\nText.\n`,
    );
    write(
      `interviews/sample-job-interview/${lang}.mdx`,
      `---\ntitle: Meet Ana\nsummary: A portrait.\nperson: Ana\nrole: Sample job\n---\n\n## Your background?\n\nText.\n`,
    );
  }
  return root;
}

export function writeFile(root: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}
