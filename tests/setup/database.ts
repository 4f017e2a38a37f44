import { randomUUID } from "node:crypto";
import { copyFileSync, rmSync } from "node:fs";

import { afterAll } from "vitest";

import { POSTGRES_TEMPLATE, TEMPLATE_DB } from "./global-setup.ts";
import { onPostgres, onServer, postgresUrl } from "./postgres.ts";

/** A fresh database for this test file, set before any module opens the Prisma client. */
const name = `unit_${randomUUID().replaceAll("-", "")}`;
const file = `tests/.data/${name}.db`;
if (onPostgres) {
  await onServer(`CREATE DATABASE ${name} TEMPLATE ${POSTGRES_TEMPLATE}`);
  process.env.DATABASE_URL = postgresUrl(name);
} else {
  copyFileSync(TEMPLATE_DB, file);
  process.env.DATABASE_URL = `file:./${file}`;
}
process.env.OUTBOX_DIR = `tests/.data/outbox-unit`;

afterAll(async () => {
  const { prisma } = await import("~/utils/db.server.ts");
  await prisma.$disconnect();
  if (onPostgres) await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  else for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
});
