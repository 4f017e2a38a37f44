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
