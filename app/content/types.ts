import type { CourseMeta, InterviewMeta, JobMeta, Quiz } from "~/content/schema.ts";
import type { Part } from "~/content/vocabulary.ts";
import type { Language } from "~/i18n/languages.ts";

export type PartContent = {
  title: string;
  description: string;
  html: string;
  words: number;
};

export type CourseLocale = {
  title: string;
  summary: string;
  objectives: string[];
  parts: Record<Part, PartContent>;
  quiz: Quiz;
  /** Lower-case, accent-free text for the catalogue search. */
  search: string;
};

export type Course = CourseMeta & { slug: string; locales: Record<Language, CourseLocale> };

export type JobLocale = { title: string; summary: string; html: string };
export type Job = JobMeta & { slug: string; locales: Record<Language, JobLocale> };

export type InterviewLocale = {
  title: string;
  summary: string;
  person: string;
  role: string;
  html: string;
};
export type Interview = InterviewMeta & {
  slug: string;
  locales: Record<Language, InterviewLocale>;
};

export type ContentBundle = {
  /** Hash of every source file: changes whenever any content changes. */
  version: string;
  courses: Course[];
  jobs: Job[];
  interviews: Interview[];
};
