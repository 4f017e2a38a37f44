import { existsSync } from "node:fs";

const DEFAULT_DATABASE_URL = "file:./prisma/data/app.db";

/** The database URL: `.env` if present, then the environment, then the SQLite default file. */
export function databaseUrl(): string {
  if (!process.env.DATABASE_URL && existsSync(".env")) process.loadEnvFile(".env");
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export type DatabaseEngine = "sqlite" | "postgresql";

/** The engine a database URL names: PostgreSQL for `postgres://` and `postgresql://`, else SQLite. */
export function databaseEngine(url: string = databaseUrl()): DatabaseEngine {
  return /^postgres(ql)?:\/\//.test(url) ? "postgresql" : "sqlite";
}
