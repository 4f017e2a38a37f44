import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";

import { onPostgres, onServer, postgresUrl } from "./postgres.ts";

export const TEMPLATE_DB = "tests/.data/unit-template.db";
export const POSTGRES_TEMPLATE = "sta_unit_template";

function migrate(databaseUrl: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: "ignore",
  });
}

/**
 * Migrates one template database (a SQLite file, or a PostgreSQL database with
 * `TEST_DATABASE=postgresql`); each test file then works on its own copy.
 */
export default async function setup() {
  mkdirSync("tests/.data", { recursive: true });
  if (!onPostgres) {
    rmSync(TEMPLATE_DB, { force: true });
    migrate(`file:./${TEMPLATE_DB}`);
    return;
  }
  const drop = `DROP DATABASE IF EXISTS ${POSTGRES_TEMPLATE} WITH (FORCE)`;
  await onServer(drop, `CREATE DATABASE ${POSTGRES_TEMPLATE}`);
  migrate(postgresUrl(POSTGRES_TEMPLATE));
  return () => onServer(drop);
}
