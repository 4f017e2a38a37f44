import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

import type { DatabaseEngine } from "~/utils/database-url.ts";

import { ENGINE_FILES, migrationDiff } from "../prisma/engines.ts";
import {
  POSTGRES_SCHEMA,
  postgresSchema,
  SQLITE_SCHEMA,
} from "../prisma/postgresql/derive-schema.ts";

/**
 * Fails when PostgreSQL's schema is stale, or when either engine's migrations do not build
 * exactly the schema (each folder is replayed on a scratch database and compared).
 */
let failed = false;

const expected = postgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
if (!existsSync(POSTGRES_SCHEMA) || readFileSync(POSTGRES_SCHEMA, "utf8") !== expected) {
  console.error(`${POSTGRES_SCHEMA} is stale: run npm run db:generate.`);
  failed = true;
}

for (const [engine, files] of Object.entries(ENGINE_FILES)) {
  const { args, env } = migrationDiff(engine as DatabaseEngine, ["--exit-code"]);
  const diff = spawnSync("npx", args, { env, encoding: "utf8" });
  if (diff.status === 0) {
    console.log(`${engine}: ${files.migrations} build ${files.schema}.`);
    continue;
  }
  failed = true;
  console.error(
    diff.status === 2
      ? `${engine}: ${files.migrations} drift from ${files.schema}; add a migration with npm run db:migration -- <name>:\n${diff.stdout}`
      : `${engine}: could not compare the migrations with the schema:\n${diff.stdout}${diff.stderr}`,
  );
}

if (failed) process.exit(1);
