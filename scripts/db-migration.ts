import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import type { DatabaseEngine } from "~/utils/database-url.ts";

import { ENGINE_FILES, migrationDiff } from "../prisma/engines.ts";

/**
 * `npm run db:migration -- <name>`: after a change to prisma/schema.prisma, writes the
 * migration that brings each engine's migrations up to the schema, under one timestamp.
 */
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name in snake_case>");
  process.exit(1);
}

execFileSync("npx", ["tsx", "scripts/db-schema.ts"], { stdio: "inherit" });
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const latest = Object.values(ENGINE_FILES)
  .flatMap((files) => readdirSync(files.migrations))
  .filter((entry) => /^\d{14}_/.test(entry))
  .sort()
  .at(-1);
if (latest && latest.slice(0, 14) >= stamp) {
  console.error(`${latest} is not older than ${stamp}: check the clock.`);
  process.exit(1);
}
const scratch = path.join(tmpdir(), `migration-${process.pid}.sql`);

for (const [engine, files] of Object.entries(ENGINE_FILES)) {
  const { args, env } = migrationDiff(engine as DatabaseEngine, ["--script", "--output", scratch]);
  execFileSync("npx", args, { env, stdio: ["ignore", "ignore", "inherit"] });
  const sql = readFileSync(scratch, "utf8");
  rmSync(scratch);
  if (sql.includes("-- This is an empty migration.")) {
    console.log(`${engine}: nothing to migrate.`);
    continue;
  }
  const folder = path.join(files.migrations, `${stamp}_${name}`);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`${engine}: wrote ${folder}/migration.sql`);
}
console.log("Next: npm run db:generate, then npm run db:setup to apply them.");
