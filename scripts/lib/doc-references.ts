/**
 * What the README, the docs and the schema's comments name (files, npm scripts), read from
 * their text. Pure functions: doc-check.ts applies them, scripts/check-docs.ts reads the files.
 */

export type Mention = { line: number; text: string };

const KNOWN_EXTENSION = /[^/]\.(?:ts|tsx|js|mjs|cjs|md|mdx|json|prisma|sh|conf|ya?ml|sql|css)$/;

/**
 * A word of a code span that names a repository file or folder. Left out: absolute paths
 * (`/etc/…`, `/srv/…`, and URL paths such as `/:lang/admin`), `~/…`, package names (`@scope/x`),
 * URLs and `KEY=value` (anything with `:` or `=`), placeholders (`<slug>`, `…`), globs,
 * media types, parent-relative paths and anything under node_modules.
 */
export function looksLikePath(word: string) {
  if (/^[/~@]|^\.\.\//.test(word) || word.includes("node_modules")) return false;
  if (/[<>…*?{}=:|\\"'(),;]/.test(word)) return false;
  if (/^(?:text|application|image|multipart)\//.test(word)) return false;
  return word.includes("/") || KNOWN_EXTENSION.test(word);
}

/** Lines of a Markdown text outside fenced code blocks, numbered from 1. */
function proseLines(markdown: string) {
  const lines: Mention[] = [];
  let fenced = false;
  markdown.split("\n").forEach((text, index) => {
    if (/^\s*(?:```|~~~)/.test(text)) fenced = !fenced;
    else if (!fenced) lines.push({ line: index + 1, text });
  });
  return lines;
}

/** Inline code spans of one line of text (`x` or ``x``). */
export function codeSpans(text: string) {
  return [...text.matchAll(/(`+)(.+?)\1/g)].map((match) => (match[2] ?? "").trim());
}

/** Paths named in the code spans of some lines (of a Markdown file, or the schema's comments). */
export function pathMentions(lines: Mention[]): Mention[] {
  return lines.flatMap(({ line, text }) =>
    codeSpans(text)
      .flatMap((span) => span.split(/\s+/))
      .filter(looksLikePath)
      .map((word) => ({ line, text: word.replace(/^\.\//, "") })),
  );
}

/** Relative targets of Markdown links (`[text](docs/x.md#part)` gives `docs/x.md`). */
export function linkMentions(lines: Mention[]): Mention[] {
  return lines.flatMap(({ line, text }) =>
    [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => (match[1] ?? "").replace(/#.*$/, ""))
      .filter((target) => target && !/^[a-z][a-z0-9+.-]*:|^\//i.test(target))
      .map((target) => ({ line, text: target })),
  );
}

/** `npm run <script>` (and `npm start`, `npm test`) anywhere in the text, code blocks included. */
export function npmScriptMentions(text: string): Mention[] {
  return text
    .split("\n")
    .flatMap((content, index) =>
      [
        ...content.matchAll(/\bnpm\s+(?:run\s+(?:(?:-s|--silent)\s+)?([\w:.-]+)|(start|test)\b)/g),
      ].map((match) => ({ line: index + 1, text: match[1] ?? match[2] ?? "" })),
    );
}

/** Paths and link targets of a Markdown file. */
export function markdownMentions(markdown: string) {
  const lines = proseLines(markdown);
  return { paths: pathMentions(lines), links: linkMentions(lines) };
}

/**
 * Whether a path names something in `files` (the repository's files, relative to its root):
 * a file, a folder (with or without its trailing slash), or, for a bare name without a
 * slash, a file of that name anywhere (`meta.yaml`).
 */
export function pathExists(path: string, files: ReadonlySet<string>) {
  const clean = path.replace(/\/+$/, "");
  if (files.has(clean)) return true;
  for (const file of files) {
    if (file.startsWith(`${clean}/`)) return true;
    if (!clean.includes("/") && file.endsWith(`/${clean}`)) return true;
  }
  return false;
}

/** Normalises `docs/decisions/../x.md` to `docs/x.md`; null when it leaves the repository. */
export function joinPath(dir: string, target: string) {
  const parts: string[] = [];
  for (const part of `${dir}/${target}`.split("/")) {
    if (part === "..") {
      if (!parts.length) return null;
      parts.pop();
    } else if (part && part !== ".") parts.push(part);
  }
  return parts.join("/");
}
