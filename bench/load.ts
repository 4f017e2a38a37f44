/**
 * Load: simulated users doing what real ones do, through nginx in front of two app instances
 * (on one SQLite file or on PostgreSQL), then every write the server acknowledged is looked
 * up in the database.
 *
 *   npm run bench:load -- --engine sqlite|postgresql --users 200 --duration 300 [--no-build]
 */
import { mkdirSync, writeFileSync } from "node:fs";

import { startTopology, stopTopology } from "../scripts/topology.ts";
import { openDatabase } from "./lib/database.ts";
import { loadOptions } from "./lib/options.ts";
import { runLoad } from "./lib/run-load.ts";
import { benchDir, topologyCheck } from "./lib/topology-check.ts";

const { engine, users, duration } = loadOptions();

const topology = await startTopology({
  engine,
  dir: benchDir("load", engine),
  build: !process.argv.includes("--no-build"),
});
try {
  const db = await openDatabase(topology.databaseUrl);
  const { errors, acknowledged, stored, lost, invariants } = await runLoad({
    origin: topology.origin,
    db,
    users,
    durationSeconds: duration,
  });
  await db.close();
  const report = {
    date: new Date().toISOString(),
    engine,
    users,
    durationSeconds: duration,
    errors,
    acknowledged,
    stored,
    lost,
    invariants,
    ...topologyCheck(topology),
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync(`bench/results/load-${engine}.json`, JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
} finally {
  await stopTopology(topology.dir);
}
