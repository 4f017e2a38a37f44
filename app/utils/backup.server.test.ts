import { mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";

import {
  backupDatabase,
  backupTarget,
  defaultBackupFile,
  restoreDatabase,
} from "~/utils/backup.server.ts";
import { databaseEngine } from "~/utils/database-url.ts";
import { prisma } from "~/utils/db.server.ts";

import { databaseSnapshot, sqliteSnapshot } from "../../tests/unit/table-snapshot.ts";

/** This test file's database: SQLite, or PostgreSQL in the PostgreSQL run of the tests. */
const url = process.env.DATABASE_URL!;
const engine = databaseEngine(url);
const directory = mkdtempSync(path.join(tmpdir(), "backup-test-"));

/** A small SQLite database of its own, for the checks that need a SQLite file on either run. */
function sqliteFixture(name: string) {
  const file = path.join(directory, `${name}.db`);
  const db = new Database(file);
  db.exec(
    "CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO note (text) VALUES ('a'), ('b')",
  );
  db.close();
  return { file, url: `file:${file}` };
}

/** Learners with progress, a paid cohort with enrolments, a payment and an email in the outbox. */
async function fill() {
  const [trainer, ada, bob] = await Promise.all(
    ["trainer", "ada", "bob"].map((name) =>
      prisma.user.create({
        data: { name, email: `${name}@backup.example`, passwordHash: "x", role: "learner" },
      }),
    ),
  );
  await prisma.partProgress.createMany({
    data: [
      { userId: ada!.id, course: "digital-basics", part: "one" },
      { userId: ada!.id, course: "digital-basics", part: "two" },
      { userId: bob!.id, course: "digital-basics", part: "one" },
    ],
  });
  const cohort = await prisma.cohort.create({
    data: {
      trainerId: trainer!.id,
      title: "Spring cohort",
      description: "Évaluation «accentuée», 中文, emoji 🎓",
      language: "fr",
      startsOn: new Date("2027-03-01T00:00:00Z"),
      endsOn: new Date("2027-06-01T00:00:00Z"),
      capacity: 10,
      priceCents: 4900,
      joinCode: "BACKUP01",
      courses: { create: [{ course: "digital-basics" }] },
    },
  });
  const enrolment = await prisma.enrollment.create({
    data: { cohortId: cohort.id, userId: ada!.id, status: "enrolled" },
  });
  await prisma.enrollment.create({
    data: { cohortId: cohort.id, userId: bob!.id, status: "waiting" },
  });
  await prisma.payment.create({
    data: {
      enrollmentId: enrolment.id,
      checkoutSessionId: "cs_backup_test",
      checkoutUrl: "https://checkout.example/cs_backup_test",
      amountCents: 4900,
      currency: "EUR",
      status: "paid",
      expiresAt: new Date("2027-01-01T00:00:00Z"),
    },
  });
  await prisma.outboxEmail.create({
    data: { to: "ada@backup.example", subject: "Welcome", text: "Bienvenue", lastError: null },
  });
  return { ada: ada!, cohort };
}

describe(`backup and restore (${engine})`, () => {
  test("a restore gives back every table's rows as they were at the backup", async () => {
    const { ada, cohort } = await fill();
    const source = await databaseSnapshot(url);
    for (const table of ["User", "PartProgress", "Cohort", "Enrollment", "Payment", "OutboxEmail"])
      expect(source[table], table).not.toHaveLength(0);

    const file = path.join(directory, `app.${engine}`);
    expect(await backupDatabase(url, file)).toBe(engine);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    await prisma.user.delete({ where: { id: ada.id } });
    await prisma.cohort.update({ where: { id: cohort.id }, data: { title: "Renamed" } });
    await prisma.outboxEmail.create({ data: { to: "x@backup.example", subject: "s", text: "t" } });
    expect(await databaseSnapshot(url)).not.toEqual(source);

    await expect(restoreDatabase(url, file)).rejects.toThrow(/--force/);
    await restoreDatabase(url, file, { force: true });
    expect(await databaseSnapshot(url)).toEqual(source);
    // The app's open connections read the restored database.
    expect(await prisma.cohort.findUnique({ where: { id: cohort.id } })).toMatchObject({
      title: "Spring cohort",
    });
    expect(await prisma.user.count({ where: { id: ada.id } })).toBe(1);
  });

  test("SQLite: a restore into a missing database file creates it, no --force needed", async () => {
    const fixture = sqliteFixture("fresh");
    const file = path.join(directory, "fresh.sqlite");
    await backupDatabase(fixture.url, file);
    const copy = path.join(directory, "new", "app.db");
    await restoreDatabase(`file:${copy}`, file);
    expect(sqliteSnapshot(copy)).toEqual(sqliteSnapshot(fixture.file));
    expect(sqliteSnapshot(copy).note).toHaveLength(2);
  });

  test("SQLite: a backup taken during another connection's write holds the committed rows only", async () => {
    const fixture = sqliteFixture("busy");
    const writer = new Database(fixture.file);
    writer.pragma("journal_mode = WAL");
    writer.exec("BEGIN IMMEDIATE; INSERT INTO note (text) VALUES ('uncommitted')");
    const file = path.join(directory, "busy.sqlite");
    await backupDatabase(fixture.url, file);
    writer.exec("COMMIT");
    writer.close();
    expect(sqliteSnapshot(file).note).toHaveLength(2);
    expect(sqliteSnapshot(fixture.file).note).toHaveLength(3);
  });

  test("clear errors: existing backup file, missing file, other engine, not a backup, unknown URL", async () => {
    const fixture = sqliteFixture("errors");
    const file = path.join(directory, "twice.sqlite");
    await backupDatabase(fixture.url, file);
    await expect(backupDatabase(fixture.url, file)).rejects.toThrow(/already exists/);
    await expect(restoreDatabase(fixture.url, path.join(directory, "none"))).rejects.toThrow(
      /No backup file/,
    );
    const dump = path.join(directory, "pg.dump");
    writeFileSync(dump, "PGDMP\u0001\u000e\u0000");
    await expect(restoreDatabase(fixture.url, dump, { force: true })).rejects.toThrow(
      "is a PostgreSQL backup, but DATABASE_URL names a SQLite database",
    );
    await expect(
      restoreDatabase("postgresql://postgres@127.0.0.1/none", file, { force: true }),
    ).rejects.toThrow("is a SQLite backup, but DATABASE_URL names a PostgreSQL database");
    const text = path.join(directory, "notes.txt");
    writeFileSync(text, "not a backup");
    await expect(restoreDatabase(fixture.url, text, { force: true })).rejects.toThrow(/neither/);
    expect(() => backupTarget("mysql://localhost/app")).toThrow(/DATABASE_URL must start/);
    await expect(
      backupDatabase(`file:${path.join(directory, "absent.db")}`, path.join(directory, "a.sqlite")),
    ).rejects.toThrow(/No SQLite database/);
    expect(sqliteSnapshot(fixture.file).note).toHaveLength(2);
  });

  test("default backup files are named by engine and UTC time, under backups/", () => {
    const now = new Date("2027-01-02T03:04:05.678Z");
    expect(defaultBackupFile("sqlite", now)).toBe("backups/sqlite-2027-01-02T03-04-05Z.sqlite");
    expect(defaultBackupFile("postgresql", now)).toBe(
      "backups/postgresql-2027-01-02T03-04-05Z.dump",
    );
  });
});
