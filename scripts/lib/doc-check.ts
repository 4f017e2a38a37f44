import {
  joinPath,
  markdownMentions,
  npmScriptMentions,
  pathExists,
  pathMentions,
} from "./doc-references.ts";
import {
  compareVocabulary,
  declaredValues,
  schemaComments,
  schemaVocabularies,
  writtenValues,
} from "./schema-vocabularies.ts";

type TextFile = { file: string; text: string };

export type DocCheckInput = {
  /** README.md and docs/**\/*.md. */
  markdown: TextFile[];
  schema: TextFile;
  /** The scripts of package.json. */
  scripts: Record<string, string>;
  /** The repository's files, relative to its root. */
  files: ReadonlySet<string>;
  /** Paths that commands make (not in git), which the docs may name all the same. */
  made: readonly string[];
  /** Modules where the code declares and writes values (app/, scripts/, the seed). */
  sources: TextFile[];
};

/** Every file, npm script, decision record and schema value the docs name wrongly. */
export function docProblems(input: DocCheckInput): string[] {
  const problems: string[] = [];
  const isMade = (target: string) =>
    input.made.some((made) => target.replace(/\/+$/, "") === made || target.startsWith(`${made}/`));
  const exists = (target: string) => isMade(target) || pathExists(target, input.files);
  const checkScripts = (file: string, text: string) => {
    for (const { line, text: name } of npmScriptMentions(text)) {
      if (!(name in input.scripts)) problems.push(`${file}:${line}: no npm script "${name}"`);
    }
  };

  for (const { file, text } of input.markdown) {
    const { paths, links } = markdownMentions(text);
    for (const { line, text: target } of paths) {
      if (!exists(target)) problems.push(`${file}:${line}: \`${target}\` does not exist`);
    }
    for (const { line, text: target } of links) {
      const joined = joinPath(file.includes("/") ? file.replace(/\/[^/]*$/, "") : "", target);
      if (!joined || !exists(joined))
        problems.push(`${file}:${line}: link to ${target}: not found`);
    }
    checkScripts(file, text);
  }

  const readme = input.markdown.find(({ file }) => file === "README.md");
  const linked = new Set(readme ? markdownMentions(readme.text).links.map((l) => l.text) : []);
  for (const { file } of input.markdown) {
    if (file.startsWith("docs/decisions/") && !linked.has(file)) {
      problems.push(`README.md: no link to ${file}`);
    }
  }

  const comments = schemaComments(input.schema.text);
  for (const { line, text: target } of pathMentions(comments)) {
    if (!exists(target))
      problems.push(`${input.schema.file}:${line}: \`${target}\` does not exist`);
  }
  checkScripts(input.schema.file, comments.map((comment) => comment.text).join("\n"));

  const { vocabularies, problems: unreadable } = schemaVocabularies(input.schema.text);
  problems.push(...unreadable);
  for (const vocabulary of vocabularies) {
    const { declaration, model, field, line } = vocabulary;
    const written = input.sources.flatMap(({ text }) => writtenValues(text, model, field));
    const declared = declaration
      ? input.sources.flatMap(({ file, text }) => {
          const values = file.startsWith("app/") ? declaredValues(text, declaration) : undefined;
          return values ? [values] : [];
        })
      : [];
    if (declaration && declared.length !== 1) {
      problems.push(
        `${input.schema.file}:${line} (${model}.${field}): ${declaration} is declared ` +
          `${declared.length} times in app/ (as an \`as const\` array or a string union)`,
      );
      continue;
    }
    problems.push(...compareVocabulary(vocabulary, { declared: declared[0], written }));
  }
  return problems;
}
