/**
 * Crash: the load of bench/load.ts, during which one app instance is killed with SIGKILL (and
 * started again), then the database: the PostgreSQL server (killed, then restarted: it
 * recovers from its write-ahead log), or on SQLite both app processes at once. Afterwards no
 * acknowledged write may be missing, no cohort over capacity, nobody enrolled twice, no Stripe
 * payment applied twice. Errors while a piece is down are expected and counted apart.
 *
 *   npm run bench:crash -- --engine sqlite|postgresql --users 200 --duration 300 [--no-build]
 */
import { mkdirSync, writeFileSync } from "node:fs";

import {
  crashApp,
  crashPostgres,
  restartPostgres,
  startApp,
  startTopology,
  stopTopology,
  type Topology,
} from "../scripts/topology.ts";
import { openDatabase } from "./lib/database.ts";
import { loadOptions } from "./lib/options.ts";
import { runLoad } from "./lib/run-load.ts";
import { summarise } from "./lib/scenario.ts";
import { benchDir, topologyCheck } from "./lib/topology-check.ts";

const { engine, users, duration } = loadOptions();
/** After a piece is back, requests already queued may still fail for this long. */
const GRACE_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
type Outage = { what: string; from: number; to: number };

/** The crash schedule: an app instance at 30 % of the run, the database at 60 %. */
async function crashes(topology: Topology, startedAt: number, outages: Outage[]) {
  const at = (fraction: number) => sleep(startedAt + fraction * duration * 1000 - Date.now());
  await at(0.3);
  let from = Date.now();
  crashApp(topology, 0);
  await sleep(1000);
  await startApp(topology, 0);
  outages.push({ what: "kill -9 of app instance 1, restarted", from, to: Date.now() });

  await at(0.6);
  from = Date.now();
  if (topology.engine === "postgresql") {
    crashPostgres(topology);
    await sleep(3000);
    await restartPostgres(topology);
    outages.push({ what: "kill -9 of the PostgreSQL server, restarted", from, to: Date.now() });
  } else {
    crashApp(topology, 0);
    crashApp(topology, 1);
    await sleep(1000);
    await Promise.all([startApp(topology, 0), startApp(topology, 1)]);
    outages.push({ what: "kill -9 of both app processes, restarted", from, to: Date.now() });
  }
}

const topology = await startTopology({
  engine,
  dir: benchDir("crash", engine),
  build: !process.argv.includes("--no-build"),
});
try {
  const db = await openDatabase(topology.databaseUrl);
  const outages: Outage[] = [];
  const result = await runLoad({
    origin: topology.origin,
    db,
    users,
    durationSeconds: duration,
    during: (startedAt) => crashes(topology, startedAt, outages),
  });
  await db.close();
  const inOutage = (at: number) => outages.some((o) => at >= o.from && at <= o.to + GRACE_MS);
  const report = {
    date: new Date().toISOString(),
    engine,
    users,
    durationSeconds: duration,
    outages: outages.map((o) => ({
      what: o.what,
      atSecond: Math.round((o.from - result.startedAt) / 1000),
      downForMs: o.to - o.from,
    })),
    errorsDuringOutages: summarise(result.failures.filter((f) => inOutage(f.at))),
    errorsOtherwise: summarise(result.failures.filter((f) => !inOutage(f.at))),
    acknowledged: result.acknowledged,
    stored: result.stored,
    lost: result.lost,
    invariants: result.invariants,
    ...topologyCheck(topology),
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/crash-${engine}.json`, JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
} finally {
  await stopTopology(topology.dir);
}
