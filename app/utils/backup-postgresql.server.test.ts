import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { backupDatabase, restoreDatabase } from "~/utils/backup.server.ts";
import { libpqEnvironment } from "~/utils/backup-postgresql.server.ts";

import { onServer, postgresUrl } from "../../tests/setup/postgres.ts";
import { postgresqlSnapshot } from "../../tests/unit/table-snapshot.ts";

const suffix = randomBytes(4).toString("hex");
const names = { source: `backup_test_${suffix}`, empty: `backup_test_${suffix}_empty` };
const source = new pg.Client({ connectionString: postgresUrl(names.source) });
const directory = mkdtempSync(path.join(tmpdir(), "backup-pg-test-"));

/** A few of the platform's tables, with its column types, keys and cascades, in plain SQL. */
const SCHEMA = `
CREATE TABLE "User" (id text PRIMARY KEY, email text NOT NULL UNIQUE, name text NOT NULL,
  role text NOT NULL DEFAULT 'learner', "createdAt" timestamp(3) NOT NULL DEFAULT now());
CREATE TABLE "PartProgress" (id text PRIMARY KEY,
  "userId" text NOT NULL REFERENCES "User"(id) ON DELETE CASCADE, course text NOT NULL,
  part text NOT NULL, "completedAt" timestamp(3) NOT NULL DEFAULT now(),
  UNIQUE ("userId", course, part));
CREATE TABLE "Cohort" (id text PRIMARY KEY, "trainerId" text NOT NULL REFERENCES "User"(id),
  title text NOT NULL, capacity integer NOT NULL, "priceCents" integer NOT NULL DEFAULT 0,
  "archivedAt" timestamp(3));
CREATE TABLE "Enrollment" (id text PRIMARY KEY,
  "cohortId" text NOT NULL REFERENCES "Cohort"(id) ON DELETE CASCADE,
  "userId" text NOT NULL REFERENCES "User"(id) ON DELETE CASCADE, status text NOT NULL,
  UNIQUE ("cohortId", "userId"));
CREATE TABLE "Payment" (id text PRIMARY KEY,
  "enrollmentId" text NOT NULL REFERENCES "Enrollment"(id) ON DELETE CASCADE,
  "amountCents" integer NOT NULL, status text NOT NULL, paid boolean NOT NULL);
CREATE TABLE "OutboxEmail" (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "to" text NOT NULL,
  text text NOT NULL, attempts integer NOT NULL DEFAULT 0, "sentAt" timestamp(3));
`;

const DATA = `
INSERT INTO "User" (id, email, name, role) VALUES ('t', 'trainer@x.example', 'Trainer', 'trainer'),
  ('a', 'ada@x.example', 'Ada', 'learner'), ('b', 'bob@x.example', 'Bob ''the'' «learner» 🎓', 'learner');
INSERT INTO "PartProgress" (id, "userId", course, part) VALUES ('p1', 'a', 'basics', 'one'),
  ('p2', 'a', 'basics', 'two'), ('p3', 'b', 'basics', 'one');
INSERT INTO "Cohort" (id, "trainerId", title, capacity, "priceCents") VALUES ('c', 't', 'Spring', 10, 4900);
INSERT INTO "Enrollment" VALUES ('e1', 'c', 'a', 'enrolled'), ('e2', 'c', 'b', 'waiting');
INSERT INTO "Payment" VALUES ('pay', 'e1', 4900, 'paid', true);
INSERT INTO "OutboxEmail" ("to", text) VALUES ('ada@x.example', 'Bienvenue'), ('bob@x.example', 'Hello');
`;

/** Scratch databases on the tests' PostgreSQL server: unreachable, these tests fail, never skip. */
beforeAll(async () => {
  await onServer(...Object.values(names).map((name) => `CREATE DATABASE "${name}"`));
  await source.connect();
  await source.query(SCHEMA);
  await source.query(DATA);
});

afterAll(async () => {
  await source.end();
  await onServer(
    ...Object.values(names).map((name) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  );
});

describe("PostgreSQL backup and restore", () => {
  test("a restore gives back every table's rows as they were at the backup", async () => {
    const before = await postgresqlSnapshot(source);
    expect(Object.keys(before)).toHaveLength(6);
    for (const rows of Object.values(before)) expect(rows).not.toHaveLength(0);

    const file = path.join(directory, "app.dump");
    expect(await backupDatabase(postgresUrl(names.source), file)).toBe("postgresql");

    await source.query(`DELETE FROM "User" WHERE id = 'a'`);
    await source.query(`UPDATE "Cohort" SET title = 'Renamed', "archivedAt" = now()`);
    await source.query(`INSERT INTO "OutboxEmail" ("to", text) VALUES ('new@x.example', 'New')`);
    expect(await postgresqlSnapshot(source)).not.toEqual(before);

    await expect(restoreDatabase(postgresUrl(names.source), file)).rejects.toThrow(/--force/);
    await restoreDatabase(postgresUrl(names.source), file, { force: true });
    expect(await postgresqlSnapshot(source)).toEqual(before);
    // Sequences are restored too: the next email takes the id after the backup's last one.
    const { rows } = await source.query(
      `INSERT INTO "OutboxEmail" ("to", text) VALUES ('next@x.example', 'Next') RETURNING id`,
    );
    expect(Number(rows[0].id)).toBe(3);

    const empty = new pg.Client({ connectionString: postgresUrl(names.empty) });
    await empty.connect();
    try {
      await restoreDatabase(postgresUrl(names.empty), file);
      expect(await postgresqlSnapshot(empty)).toEqual(before);
    } finally {
      await empty.end();
    }
  });

  test("a restore that fails half-way changes nothing; the tools' errors are reported", async () => {
    const file = path.join(directory, "before-extra.dump");
    await backupDatabase(postgresUrl(names.source), file);
    // A table the dump does not know depends on one it drops: pg_restore fails mid-way.
    await source.query(`CREATE TABLE "Extra" ("userId" text REFERENCES "User"(id))`);
    await source.query(`INSERT INTO "Extra" VALUES ('b')`);
    const constraints = `SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace`;
    const before = await postgresqlSnapshot(source);
    const { rows: constraintsBefore } = await source.query(constraints);

    await expect(restoreDatabase(postgresUrl(names.source), file, { force: true })).rejects.toThrow(
      /pg_restore failed: .*cannot drop/,
    );
    expect(await postgresqlSnapshot(source)).toEqual(before);
    expect((await source.query(constraints)).rows).toEqual(constraintsBefore);

    await expect(
      backupDatabase(postgresUrl(`${names.source}_missing`), path.join(directory, "missing.dump")),
    ).rejects.toThrow(/pg_dump failed: .*does not exist/);
  });

  test("the connection URL becomes libpq environment variables, decoded", () => {
    const url = new URL(
      "postgresql://app%40eu:p%40ss%2Fw0rd@[::1]:6543/my%20db?sslmode=require&schema=public&connection_limit=5",
    );
    expect(libpqEnvironment(url)).toEqual({
      PGHOST: "::1",
      PGPORT: "6543",
      PGUSER: "app@eu",
      PGPASSWORD: "p@ss/w0rd",
      PGDATABASE: "my db",
      PGSSLMODE: "require",
    });
  });
});
