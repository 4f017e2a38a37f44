/**
 * Scale: a database with 5 million PartProgress rows (62,500 learners who finished every part
 * of the 20 courses), a trainer whose cohort has 500 of them on all 20 courses (each with a quiz
 * attempt per course), then the server time (the Server-Timing header: loaders and render) of
 * a learner's dashboard and of the trainer's cohort page, requested one at a time on an idle
 * server.
 *
 *   npm run bench:scale -- --engine sqlite|postgresql [--rows 5000000] [--no-build]
 */
import { mkdirSync, writeFileSync } from "node:fs";

import Database from "better-sqlite3";

import { type Engine, startTopology, stopTopology } from "../scripts/topology.ts";
import { Browser, type Failure } from "./lib/browser.ts";
import { literal, openDatabase } from "./lib/database.ts";
import { option } from "./lib/options.ts";
import { benchDir } from "./lib/topology-check.ts";

const engine = option("engine", "sqlite") as Engine;
const rows = Number(option("rows", "5000000"));
const PARTS = ["theory", "practice", "toolbox", "reference"];
const COHORT_SIZE = 500;
const SAMPLES = 50;
/** Requests before the samples: nginx spreads them over both instances, whose JIT warms up. */
const WARMUPS = 50;
const PASSWORD = "bench-password-2026";
const LANG = "en";

const failures: Failure[] = [];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function signUp(browser: Browser, email: string) {
  const answer = await browser.post(`/${LANG}/signup`, {
    name: email.split("@")[0]!,
    email,
    password: PASSWORD,
    language: LANG,
    consent: "on",
  });
  if (!answer?.location) throw new Error(`signup failed: ${JSON.stringify(failures)}`);
}

/** The cohort, through the trainer's form: every course, room for 500. */
async function createCohort(trainer: Browser, courses: string[]) {
  const created = await trainer.post(`/${LANG}/trainer/cohorts/new`, {
    title: "Scale cohort",
    description: "500 learners on every course.",
    language: LANG,
    startsOn: "2027-01-11",
    endsOn: "2027-06-25",
    capacity: String(COHORT_SIZE),
    price: "0",
    courses,
  });
  const id = created?.location?.match(/\/trainer\/cohorts\/([^/?]+)$/)?.[1];
  if (!id) throw new Error(`cohort form refused: ${JSON.stringify(failures)}`);
  return id;
}

/** SQLite: one prepared statement per table, in transactions of 100,000 rows. */
function fillSqlite(
  file: string,
  learner: { id: string; hash: string },
  courses: string[],
  users: number,
) {
  const db = new Database(file);
  db.pragma("busy_timeout = 10000");
  db.pragma("synchronous = NORMAL");
  const now = new Date().toISOString().replace("Z", "+00:00");
  const insertUser = db.prepare(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, language, "consentAt", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, 'learner', 'en', ?, ?, ?)`,
  );
  const insertPart = db.prepare(
    `INSERT INTO "PartProgress" (id, "userId", course, part, "completedAt") VALUES (?, ?, ?, ?, ?)`,
  );
  const perUser = courses.length * PARTS.length;
  const batch = Math.max(1, Math.floor(100_000 / perUser));
  for (let first = 0; first < users; first += batch) {
    db.transaction(() => {
      for (let u = first; u < Math.min(users, first + batch); u++) {
        const id = u === 0 ? learner.id : `scale-user-${u}`;
        if (u > 0)
          insertUser.run(
            id,
            `scale-${u}@bench.test`,
            `Scale learner ${u}`,
            learner.hash,
            now,
            now,
            now,
          );
        for (const course of courses)
          for (const part of PARTS)
            insertPart.run(`pp-${u}-${course}-${part}`, id, course, part, now);
      }
    })();
  }
  db.close();
}

/** PostgreSQL: multi-row INSERT … SELECT over generate_series, one statement per 100,000 rows. */
async function fillPostgres(
  url: string,
  learner: { id: string; hash: string },
  courses: string[],
  users: number,
) {
  const db = await openDatabase(url);
  const courseArray = `ARRAY[${courses.map(literal).join(", ")}]`;
  const partArray = `ARRAY[${PARTS.map(literal).join(", ")}]`;
  const userId = `CASE WHEN u = 0 THEN ${literal(learner.id)} ELSE 'scale-user-' || u END`;
  await db.run(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, language, "consentAt", "createdAt", "updatedAt")
     SELECT 'scale-user-' || u, 'scale-' || u || '@bench.test', 'Scale learner ' || u, ${literal(learner.hash)}, 'learner', 'en', now(), now(), now()
     FROM generate_series(1, ${users - 1}) AS u`,
  );
  const batch = Math.max(1, Math.floor(100_000 / (courses.length * PARTS.length)));
  for (let first = 0; first < users; first += batch) {
    await db.run(
      `INSERT INTO "PartProgress" (id, "userId", course, part, "completedAt")
       SELECT 'pp-' || u || '-' || c || '-' || p, ${userId}, (${courseArray})[c], (${partArray})[p], now()
       FROM generate_series(${first}, ${Math.min(users, first + batch) - 1}) AS u,
            generate_series(1, ${courses.length}) AS c, generate_series(1, ${PARTS.length}) AS p`,
    );
  }
  await db.run(`ANALYZE`);
  await db.close();
}

/** Enrols the first 500 learners and gives each a quiz attempt per course. */
async function fillCohort(url: string, cohortId: string, learnerId: string, courses: string[]) {
  const db = await openDatabase(url);
  const now = new Date().toISOString().replace("Z", "+00:00");
  const ids = Array.from({ length: COHORT_SIZE }, (_, u) =>
    u === 0 ? learnerId : `scale-user-${u}`,
  );
  await db.run(
    `INSERT INTO "Enrollment" (id, "cohortId", "userId", status, "createdAt", "updatedAt") VALUES ${ids
      .map(
        (id, u) =>
          `('en-${u}', ${literal(cohortId)}, ${literal(id)}, 'enrolled', '${now}', '${now}')`,
      )
      .join(", ")}`,
  );
  const attempts = ids.flatMap((id, u) =>
    courses.map(
      (course, c) =>
        `('qa-${u}-${c}', ${literal(id)}, ${literal(course)}, ${(u + c) % 101}, ${(u + c) % 101 >= 80 ? "true" : "false"}, '{}', 'en', '${now}')`,
    ),
  );
  await db.run(
    `INSERT INTO "QuizAttempt" (id, "userId", course, score, passed, answers, language, "createdAt") VALUES ${attempts.join(", ")}`,
  );
  if (url.startsWith("file:")) await db.run(`ANALYZE`);
  await db.close();
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Server time of `url`, requested one at a time: WARMUPS requests, then SAMPLES. */
async function serverTime(browser: Browser, url: string) {
  const samples: number[] = [];
  for (let i = 0; i < WARMUPS + SAMPLES; i++) {
    const answer = await browser.get(url);
    const duration = /dur=([\d.]+)/.exec(answer?.serverTiming ?? "")?.[1];
    if (!duration) throw new Error(`no Server-Timing on ${url}: ${JSON.stringify(failures)}`);
    if (i >= WARMUPS) samples.push(Number(duration));
    await sleep(20);
  }
  samples.sort((a, b) => a - b);
  return {
    samples: samples.length,
    medianMs: percentile(samples, 50),
    p95Ms: percentile(samples, 95),
  };
}

const dir = benchDir("scale", engine);
const topology = await startTopology({ engine, dir, build: !process.argv.includes("--no-build") });
try {
  const learner = new Browser(topology.origin, "127.9.0.2", failures);
  const trainer = new Browser(topology.origin, "127.9.0.3", failures);
  await signUp(learner, "scale-learner@bench.test");
  await signUp(trainer, "scale-trainer@bench.test");
  const db = await openDatabase(topology.databaseUrl);
  await db.run(`UPDATE "User" SET role = 'trainer' WHERE email = 'scale-trainer@bench.test'`);
  const [me] = await db.all<{ id: string; passwordHash: string }>(
    `SELECT id, "passwordHash" FROM "User" WHERE email = 'scale-learner@bench.test'`,
  );
  await db.close();
  const courses = [
    ...new Set(
      [
        ...(await learner.get(`/${LANG}/courses`))!.body.matchAll(/\/en\/courses\/([a-z0-9-]+)"/g),
      ].map((m) => m[1]!),
    ),
  ];
  const users = Math.ceil(rows / (courses.length * PARTS.length));
  const started = Date.now();
  const own = { id: me!.id, hash: me!.passwordHash };
  if (engine === "sqlite")
    fillSqlite(topology.databaseUrl.slice("file:".length), own, courses, users);
  else await fillPostgres(topology.databaseUrl, own, courses, users);
  const cohortId = await createCohort(trainer, courses);
  await fillCohort(topology.databaseUrl, cohortId, me!.id, courses);
  const fillSeconds = Math.round((Date.now() - started) / 1000);

  const report = {
    date: new Date().toISOString(),
    engine,
    progressRows: users * courses.length * PARTS.length,
    learners: users,
    cohort: { learners: COHORT_SIZE, courses: courses.length },
    fillSeconds,
    dashboard: await serverTime(learner, `/${LANG}/learn`),
    cohortPage: await serverTime(trainer, `/${LANG}/trainer/cohorts/${cohortId}`),
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/scale-${engine}.json`, JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
} finally {
  await stopTopology(dir);
}
