import { rmSync } from "node:fs";

import { databaseEngine } from "~/utils/database-url.ts";

import { onServer } from "../setup/postgres.ts";

/** Empties the test server's database (DATABASE_URL): a SQLite file, or a PostgreSQL database. */
const url = process.env.DATABASE_URL!;
if (databaseEngine(url) === "postgresql") {
  const name = new URL(url).pathname.slice(1);
  await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, `CREATE DATABASE ${name}`);
} else {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
