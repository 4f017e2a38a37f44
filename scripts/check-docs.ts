/**
 * Fails when README.md, docs/**\/*.md or a comment of prisma/schema.prisma names a file, an npm
 * script or a status value that does not exist, or when a decision record is not linked from
 * the README. Run with `npm run docs:check`; the rules are in scripts/lib/doc-check.ts.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { docProblems } from "./lib/doc-check.ts";

/** Paths the docs may name although git does not hold them, because a command makes them. */
const MADE_BY_COMMANDS: Record<string, string> = {
  ".env": "written by `npm run db:setup`",
  ".outbox": "where emails go without SMTP (`OUTBOX_DIR`), written by the email worker",
  ".generated/content.json": "the content bundle, written by `npm run content:build`",
  ".cache/mdx": "the MDX compiler's cache, written by `npm run content:build`",
  "prisma/data/app.db": "the SQLite database, made by `npm run db:setup`",
  backups: "where `npm run db:backup` writes",
  "build/index.js": "the app's server build, written by `npm run build`",
  "build/server/index.js": "the compiled server (server/index.ts), written by `npm run build`",
  "app/generated/prisma": "SQLite's Prisma client, made by `npm run db:generate`",
  "app/generated/prisma-postgres": "PostgreSQL's Prisma client, made by `npm run db:generate`",
};

const root = process.cwd();
const read = (file: string) => ({ file, text: readFileSync(path.join(root, file), "utf8") });

/** Files in git or about to be (untracked but not ignored) that are on disk. */
const files = new Set(
  execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && existsSync(path.join(root, file))),
);
const markdown = [
  "README.md",
  ...readdirSync(path.join(root, "docs"), { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".md"))
    .map((file) => `docs/${file.split(path.sep).join("/")}`)
    .sort(),
].map(read);
const sources = [...files]
  .filter((file) => /^(?:app|scripts|prisma)\/.*\.tsx?$/.test(file))
  .filter((file) => !/\.test\.tsx?$|^app\/generated\/|^scripts\/(?:lib\/|check-docs)/.test(file))
  .map(read);
const { scripts } = JSON.parse(read("package.json").text) as { scripts: Record<string, string> };

const problems = docProblems({
  markdown,
  schema: read("prisma/schema.prisma"),
  scripts,
  files,
  made: Object.keys(MADE_BY_COMMANDS),
  sources,
});
if (problems.length) {
  const count = `${problems.length} problem${problems.length === 1 ? "" : "s"}`;
  console.error(`Docs check failed (${count}):\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`Docs OK: ${markdown.length} Markdown files, the schema's comments, package.json.`);
