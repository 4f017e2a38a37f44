import type { Quiz } from "~/content/schema.ts";
import { type Language, LANGUAGES } from "~/i18n/languages.ts";

import type { ContentProblems } from "./problems.ts";

type Located = { slug: string; dir: string };
type CourseRefs = Located & { jobs: string[]; quizzes: Partial<Record<Language, Quiz>> };
type JobRefs = Located & { related: string[] };
type InterviewRefs = Located & { job: string };
export type Page = { file: string; language: Language; html: string };

export function checkReferences(
  problems: ContentProblems,
  {
    courses,
    jobs,
    interviews,
  }: { courses: CourseRefs[]; jobs: JobRefs[]; interviews: InterviewRefs[] },
) {
  const jobSlugs = new Set(jobs.map((j) => j.slug));
  for (const course of courses) {
    for (const job of course.jobs) {
      if (!jobSlugs.has(job))
        problems.add(`${course.dir}/meta.yaml`, `unknown job profile "${job}"`);
    }
  }
  for (const job of jobs) {
    for (const related of job.related) {
      if (!jobSlugs.has(related) || related === job.slug) {
        problems.add(`${job.dir}/meta.yaml`, `unknown related job profile "${related}"`);
      }
    }
  }
  const interviewed = new Set<string>();
  for (const interview of interviews) {
    const file = `${interview.dir}/meta.yaml`;
    if (!jobSlugs.has(interview.job)) problems.add(file, `unknown job profile "${interview.job}"`);
    if (interviewed.has(interview.job))
      problems.add(file, `a second interview for "${interview.job}"`);
    interviewed.add(interview.job);
  }
}

/** The quiz must ask the same questions, with the same right answers, in every language. */
export function checkQuizParity(problems: ContentProblems, course: CourseRefs) {
  const reference = course.quizzes.en;
  if (!reference) return;
  const shape = (quiz: Quiz) =>
    quiz.questions.map(
      (q) => `${q.id}:${q.multiple}:${q.choices.map((c) => (c.correct ? 1 : 0)).join("")}`,
    );
  const expected = shape(reference).join(" ");
  for (const lang of LANGUAGES) {
    const quiz = course.quizzes[lang];
    if (lang === "en" || !quiz) continue;
    if (shape(quiz).join(" ") !== expected) {
      problems.add(
        `${course.dir}/${lang}/quiz.yaml`,
        "questions, choices or right answers differ from en/quiz.yaml (ids, order and correct choices must match)",
      );
    }
  }
}

const HREF = /href="([^"]*)"/g;

export function checkLinks(problems: ContentProblems, pages: Page[], valid: Set<string>) {
  for (const page of pages) {
    for (const [, href = ""] of page.html.matchAll(HREF)) {
      if (/^(https:|mailto:|#)/.test(href)) continue;
      if (!href.startsWith("/")) {
        problems.add(
          page.file,
          `link "${href}" must be https:// or an internal path starting with /`,
        );
        continue;
      }
      const target = href.replace(/[#?].*$/, "").replace(/\/$/, "");
      if (!valid.has(target)) problems.add(page.file, `broken internal link "${href}"`);
      else if (!target.startsWith(`/${page.language}`)) {
        problems.add(page.file, `link "${href}" leaves the page's language (${page.language})`);
      }
    }
  }
}

export function checkUniqueOrder(
  problems: ContentProblems,
  items: (Located & { order: number })[],
) {
  const seen = new Map<number, string>();
  for (const item of items) {
    const other = seen.get(item.order);
    if (other)
      problems.add(`${item.dir}/meta.yaml`, `order ${item.order} is already used by "${other}"`);
    seen.set(item.order, item.slug);
  }
}
