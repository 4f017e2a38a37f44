import { existsSync } from "node:fs";

const DEFAULT_DATABASE_URL = "file:./prisma/data/app.db";

/** The SQLite database URL: `.env` if present, then the environment, then the default file. */
export function databaseUrl(): string {
  if (!process.env.DATABASE_URL && existsSync(".env")) process.loadEnvFile(".env");
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}
