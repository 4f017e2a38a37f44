import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import YAML from "yaml";
import type { z } from "zod";

import type { ContentProblems } from "./problems.ts";

/** A readable content folder: its sub-folders (one per item), sorted. */
export function listItemDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith(".") && statSync(path.join(dir, name)).isDirectory())
    .sort();
}

function readText(problems: ContentProblems, file: string): string | undefined {
  if (!existsSync(file)) {
    problems.add(file, "file is missing");
    return undefined;
  }
  return readFileSync(file, "utf8");
}

function parseYaml(problems: ContentProblems, file: string, source: string): unknown {
  try {
    return YAML.parse(source);
  } catch (error) {
    problems.add(file, `invalid YAML: ${(error as Error).message.split("\n")[0]}`);
    return undefined;
  }
}

/** Reads and validates a YAML file. */
export function readYaml<S extends z.ZodType>(
  problems: ContentProblems,
  file: string,
  schema: S,
): z.infer<S> | undefined {
  const source = readText(problems, file);
  if (source === undefined) return undefined;
  const data = parseYaml(problems, file, source);
  return data === undefined ? undefined : problems.parse(file, schema, data);
}

export type MdxSource<T> = { file: string; frontmatter: T; body: string };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Reads an MDX file, validating its frontmatter; the body is left for the compiler. */
export function readMdx<S extends z.ZodType>(
  problems: ContentProblems,
  file: string,
  schema: S,
): MdxSource<z.infer<S>> | undefined {
  const source = readText(problems, file);
  if (source === undefined) return undefined;
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.add(file, "frontmatter (between --- lines) is missing");
    return undefined;
  }
  const data = parseYaml(problems, file, match[1] ?? "");
  const frontmatter = data === undefined ? undefined : problems.parse(file, schema, data);
  if (frontmatter === undefined) return undefined;
  const body = source.slice(match[0].length);
  if (!body.trim()) problems.add(file, "the text is empty");
  return { file, frontmatter, body };
}
