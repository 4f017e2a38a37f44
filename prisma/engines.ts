import type { DatabaseEngine } from "../app/utils/database-url.ts";

/** Where each engine's schema and migrations live (the models are shared, see derive-schema.ts). */
export const ENGINE_FILES: Record<DatabaseEngine, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: {
    schema: "prisma/postgresql/schema.prisma",
    migrations: "prisma/postgresql/migrations",
  },
};

/** A database URL per engine for the CLI commands that only need a scratch (shadow) database. */
export const SCRATCH_URLS: Record<DatabaseEngine, string> = {
  sqlite: "file::memory:",
  postgresql: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
};

/**
 * The `npx prisma …` arguments and environment of a `migrate diff` from an engine's migrations
 * (replayed on its scratch database) to its schema; `output` adds the flags of what to print.
 */
export function migrationDiff(engine: DatabaseEngine, output: string[]) {
  const files = ENGINE_FILES[engine];
  return {
    args: [
      "prisma",
      "migrate",
      "diff",
      "--from-migrations",
      files.migrations,
      "--to-schema-datamodel",
      files.schema,
      ...output,
    ],
    env: { ...process.env, DATABASE_URL: SCRATCH_URLS[engine] },
  };
}
