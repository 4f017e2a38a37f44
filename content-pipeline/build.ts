import { createHash } from "node:crypto";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

import { normalise } from "~/content/normalise.ts";
import { internalPaths } from "~/content/paths.ts";
import {
  courseMetaSchema,
  courseTextSchema,
  interviewFrontmatterSchema,
  interviewMetaSchema,
  jobFrontmatterSchema,
  jobMetaSchema,
  partFrontmatterSchema,
  quizSchema,
} from "~/content/schema.ts";
import type { ContentBundle, Course, CourseLocale, Interview, Job } from "~/content/types.ts";
import { type Part, PARTS } from "~/content/vocabulary.ts";
import { isLanguage, type Language, LANGUAGES } from "~/i18n/languages.ts";

import {
  checkLinks,
  checkQuizParity,
  checkReferences,
  checkUniqueOrder,
  type Page,
} from "./check.ts";
import { compileMdxToHtml, htmlToText } from "./compile-mdx.ts";
import { ContentProblems } from "./problems.ts";
import { listItemDirs, type MdxSource, readMdx, readYaml } from "./read-source.ts";

type Compile = <T>(source: MdxSource<T>, language: Language) => Promise<string>;

function perLanguage<T>(read: (lang: Language) => T | undefined): Record<Language, T> | undefined {
  const entries = LANGUAGES.map((lang) => [lang, read(lang)] as const);
  if (entries.some(([, value]) => value === undefined)) return undefined;
  return Object.fromEntries(entries) as Record<Language, T>;
}

function checkLanguageFolders(problems: ContentProblems, dir: string, perFile: boolean) {
  for (const name of readdirSync(dir)) {
    const lang = perFile ? name.replace(/\.mdx$/, "") : name;
    if (name === "meta.yaml" || (perFile && !name.endsWith(".mdx"))) continue;
    if (!isLanguage(lang))
      problems.add(path.join(dir, name), `"${lang}" is not a supported language`);
  }
}

async function readCourse(problems: ContentProblems, dir: string, compile: Compile) {
  const slug = path.basename(dir);
  checkLanguageFolders(problems, dir, false);
  const meta = readYaml(problems, path.join(dir, "meta.yaml"), courseMetaSchema);
  const sources = perLanguage((lang) => {
    const text = readYaml(problems, path.join(dir, lang, "course.yaml"), courseTextSchema);
    const quiz = readYaml(problems, path.join(dir, lang, "quiz.yaml"), quizSchema);
    const parts = PARTS.map((part) =>
      readMdx(problems, path.join(dir, lang, `${part}.mdx`), partFrontmatterSchema),
    );
    if (!text || !quiz || parts.some((p) => !p)) return undefined;
    return { text, quiz, parts: parts as MdxSource<{ title: string; description: string }>[] };
  });
  if (!meta || !sources) return undefined;

  const locales = {} as Record<Language, CourseLocale>;
  for (const lang of LANGUAGES) {
    const { text, quiz, parts } = sources[lang];
    const compiled = await Promise.all(parts.map((source) => compile(source, lang)));
    const entries = parts.map((source, i) => {
      const html = compiled[i] ?? "";
      const words = htmlToText(html).split(" ").length;
      return [PARTS[i] as Part, { ...source.frontmatter, html, words }] as const;
    });
    const search = [text.title, text.summary, ...text.objectives, ...compiled.map(htmlToText)];
    locales[lang] = {
      ...text,
      quiz,
      parts: Object.fromEntries(entries) as CourseLocale["parts"],
      search: normalise(search.join(" ")),
    };
  }
  const course: Course = { ...meta, slug, locales };
  return course;
}

async function readJob(problems: ContentProblems, dir: string, compile: Compile) {
  checkLanguageFolders(problems, dir, true);
  const meta = readYaml(problems, path.join(dir, "meta.yaml"), jobMetaSchema);
  const sources = perLanguage((lang) =>
    readMdx(problems, path.join(dir, `${lang}.mdx`), jobFrontmatterSchema),
  );
  if (!meta || !sources) return undefined;
  const locales = {} as Job["locales"];
  for (const lang of LANGUAGES) {
    locales[lang] = { ...sources[lang].frontmatter, html: await compile(sources[lang], lang) };
  }
  const job: Job = { ...meta, slug: path.basename(dir), locales };
  return job;
}

async function readInterview(problems: ContentProblems, dir: string, compile: Compile) {
  checkLanguageFolders(problems, dir, true);
  const meta = readYaml(problems, path.join(dir, "meta.yaml"), interviewMetaSchema);
  const sources = perLanguage((lang) =>
    readMdx(problems, path.join(dir, `${lang}.mdx`), interviewFrontmatterSchema),
  );
  if (!meta || !sources) return undefined;
  const locales = {} as Interview["locales"];
  for (const lang of LANGUAGES) {
    locales[lang] = { ...sources[lang].frontmatter, html: await compile(sources[lang], lang) };
  }
  const interview: Interview = { ...meta, slug: path.basename(dir), locales };
  return interview;
}

const defined = <T>(items: (T | undefined)[]) => items.filter((i): i is T => i !== undefined);

/**
 * Reads, validates and compiles all content under `root` (courses/, jobs/, interviews/).
 * Returns the bundle only when there is no problem.
 */
export async function buildContent(root: string, cacheDir: string) {
  const problems = new ContentProblems(root);
  const pages: Page[] = [];
  const compile: Compile = async (source, language) => {
    try {
      const html = await compileMdxToHtml(source.body, cacheDir);
      pages.push({ file: source.file, language, html });
      return html;
    } catch (error) {
      problems.add(source.file, `MDX does not compile: ${(error as Error).message.split("\n")[0]}`);
      return "";
    }
  };
  const dirs = (name: string) =>
    listItemDirs(path.join(root, name)).map((d) => path.join(root, name, d));

  const courses = defined(
    await Promise.all(dirs("courses").map((d) => readCourse(problems, d, compile))),
  );
  const jobs = defined(await Promise.all(dirs("jobs").map((d) => readJob(problems, d, compile))));
  const interviews = defined(
    await Promise.all(dirs("interviews").map((d) => readInterview(problems, d, compile))),
  );

  const located = <T extends { slug: string }>(folder: string, items: T[]) =>
    items.map((item) => ({ ...item, dir: path.join(root, folder, item.slug) }));
  const courseRefs = located("courses", courses).map((c) => ({
    ...c,
    quizzes: Object.fromEntries(LANGUAGES.map((l) => [l, c.locales[l].quiz])),
  }));
  checkReferences(problems, {
    courses: courseRefs,
    jobs: located("jobs", jobs),
    interviews: located("interviews", interviews),
  });
  for (const course of courseRefs) checkQuizParity(problems, course);
  checkUniqueOrder(problems, located("courses", courses));
  checkUniqueOrder(problems, located("jobs", jobs));
  const slugs = (items: { slug: string }[]) => items.map((i) => i.slug);
  checkLinks(problems, pages, internalPaths(slugs(courses), slugs(jobs), slugs(interviews)));
  if (!existsSync(path.join(root, "courses"))) problems.add(root, "no courses/ folder");

  const byOrder = <T extends { order: number }>(items: T[]) =>
    items.sort((a, b) => a.order - b.order);
  const items = {
    courses: byOrder(courses),
    jobs: byOrder(jobs),
    interviews: interviews.sort((a, b) => a.slug.localeCompare(b.slug)),
  };
  const version = createHash("sha256").update(JSON.stringify(items)).digest("hex").slice(0, 16);
  const bundle: ContentBundle = { version, ...items };
  return { bundle: problems.list.length ? undefined : bundle, problems };
}
