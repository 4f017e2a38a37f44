/**
 * The scale-out topology on one machine, for the benchmarks and for trying a deployment:
 * a database (a PostgreSQL cluster of its own, or one SQLite file), two app instances
 * (`node build/server/index.js`, one process each, on their own ports) and nginx in front of
 * them with the reference configuration deploy/nginx.conf. Every file lives in one folder, so a
 * crash test can kill any piece without touching the machine's own servers.
 *
 *   npm run topology -- start [--engine postgresql|sqlite] [--dir DIR] [--no-build]
 *   npm run topology -- stop [--dir DIR]
 *
 * Needs a built app (`start` builds it unless --no-build), Debian's nginx-light and, for
 * PostgreSQL, its server binaries (both installed with apt-get when missing and run as root).
 */
import { execFileSync, spawn } from "node:child_process";
import {
  chownSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export type Engine = "sqlite" | "postgresql";

export type Topology = {
  engine: Engine;
  dir: string;
  /** The public address (nginx). */
  origin: string;
  databaseUrl: string;
  apps: { port: number; pid: number }[];
  nginxPid: number;
  stripePort: number;
  stripeMockPid: number;
  postgres?: { port: number; dataDir: string };
};

const PG_BIN = process.env.PG_BIN ?? "/usr/lib/postgresql/15/bin";
const NGINX = process.env.NGINX ?? "/usr/sbin/nginx";
const SESSION_SECRET = "topology-session-secret-0123456789abcdef0123";
const STRIPE_WEBHOOK_SECRET = "whsec_topology_webhook_secret";
const isRoot = process.getuid?.() === 0;

export const DEFAULT_DIR = path.join(tmpdir(), "sta-topology");

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Debian packages the topology needs, installed when missing (as root only). */
function ensurePackage(binary: string, pkg: string) {
  if (existsSync(binary)) return;
  if (!isRoot) throw new Error(`${binary} is missing: install Debian's '${pkg}' package.`);
  console.log(`Installing Debian's ${pkg}…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", pkg], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** Runs a PostgreSQL binary; as root, as the `postgres` user (the server refuses root). */
function pgCommand(binary: string, args: string[]) {
  const command = path.join(PG_BIN, binary);
  return isRoot
    ? { file: "runuser", args: ["-u", "postgres", "--", command, ...args] }
    : { file: command, args };
}

function runPg(binary: string, args: string[]) {
  const { file, args: fullArgs } = pgCommand(binary, args);
  execFileSync(file, fullArgs, { stdio: ["ignore", "ignore", "inherit"] });
}

/** Starts (or restarts after a crash) the cluster's server; resolves once it accepts connections. */
export function startPostgres(dataDir: string, port: number) {
  runPg("pg_ctl", [
    "-D",
    dataDir,
    "-l",
    path.join(dataDir, "..", "postgres.log"),
    "-w",
    "-o",
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dataDir} -c max_connections=200`,
    "start",
  ]);
}

function initPostgres(dir: string, port: number) {
  ensurePackage(path.join(PG_BIN, "initdb"), "postgresql");
  const dataDir = path.join(dir, "pgdata");
  mkdirSync(dataDir, { recursive: true });
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString());
    chownSync(dir, uid, gid);
    chownSync(dataDir, uid, gid);
  }
  runPg("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  startPostgres(dataDir, port);
  runPg("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "academy"]);
  return dataDir;
}

/** The postmaster's process id, from its pid file. */
export function postgresPid(dataDir: string) {
  const file = path.join(dataDir, "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

/** The process ids whose parent is `pid` (PostgreSQL's backends, say). */
export function childPids(pid: number) {
  try {
    return execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)])
      .toString()
      .split("\n")
      .map(Number)
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** A process started in the background with its output in a log file; it outlives this script. */
function daemon(command: string, args: string[], log: string, env: NodeJS.ProcessEnv) {
  const out = openSync(log, "a");
  const child = spawn(command, args, { env, detached: true, stdio: ["ignore", out, out] });
  child.unref();
  return child.pid!;
}

async function waitFor(url: string, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${what} did not answer at ${url} (see its log)`);
}

function appEnv(
  topology: Pick<Topology, "origin" | "databaseUrl" | "dir">,
  port: number,
  stripePort: number,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    WEB_CONCURRENCY: "1",
    PUBLIC_URL: topology.origin,
    SESSION_SECRET,
    TRUST_PROXY: "1",
    DATABASE_URL: topology.databaseUrl,
    OUTBOX_DIR: path.join(topology.dir, "outbox"),
    STRIPE_SECRET_KEY: "sk_test_topology",
    STRIPE_WEBHOOK_SECRET,
    STRIPE_API_URL: `http://127.0.0.1:${stripePort}`,
  };
}

/** Starts app instance `index` (again, after a crash); resolves once it answers. */
export async function startApp(topology: Topology, index: number) {
  const app = topology.apps[index]!;
  app.pid = daemon(
    "node",
    ["build/server/index.js"],
    path.join(topology.dir, `app-${index + 1}.log`),
    appEnv(topology, app.port, topology.stripePort),
  );
  await waitFor(`http://127.0.0.1:${app.port}/healthz`, `App instance ${index + 1}`);
  saveState(topology.dir, topology);
}

function writeNginxConfig(dir: string, listen: string, appPorts: number[]) {
  const prefix = path.join(dir, "nginx");
  mkdirSync(prefix, { recursive: true });
  const upstreams = appPorts
    .map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=2s;`)
    .join("\n        ");
  const config = readFileSync("deploy/nginx.conf", "utf8")
    .replaceAll("{{prefix}}", prefix)
    .replaceAll("{{listen}}", listen)
    .replaceAll("{{upstreams}}", upstreams);
  const file = path.join(prefix, "nginx.conf");
  writeFileSync(file, config);
  return { prefix, file };
}

const statePath = (dir: string) => path.join(dir, "topology.json");

function saveState(dir: string, topology: Topology) {
  writeFileSync(statePath(dir), JSON.stringify(topology, null, 2));
}

function readState(dir: string): Topology {
  return JSON.parse(readFileSync(statePath(dir), "utf8")) as Topology;
}

/** Prepares the database (migrations) and starts every piece; returns where they are. */
export async function startTopology({
  engine,
  dir = DEFAULT_DIR,
  build = true,
}: {
  engine: Engine;
  dir?: string;
  build?: boolean;
}): Promise<Topology> {
  ensurePackage(NGINX, "nginx-light");
  if (existsSync(statePath(dir))) await stopTopology(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (build) execFileSync("npm", ["run", "--silent", "build"], { stdio: "inherit" });

  const [nginxPort, stripePort, pgPort, ...appPorts] = await Promise.all(
    [0, 1, 2, 3, 4].map(() => freePort()),
  );
  const origin = `http://127.0.0.1:${nginxPort}`;
  let databaseUrl = `file:${path.join(dir, "app.db")}`;
  let postgres: Topology["postgres"];
  if (engine === "postgresql") {
    postgres = { port: pgPort!, dataDir: initPostgres(dir, pgPort!) };
    databaseUrl = `postgresql://postgres@127.0.0.1:${pgPort}/academy`;
  }
  execFileSync("npm", ["run", "--silent", "db:setup"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", PUBLIC_URL: origin },
  });

  const topology: Topology = {
    engine,
    dir,
    origin,
    databaseUrl,
    apps: appPorts.slice(0, 2).map((port) => ({ port: port!, pid: 0 })),
    nginxPid: 0,
    stripePort: stripePort!,
    stripeMockPid: daemon(
      "npx",
      ["tsx", "scripts/stripe-mock.ts"],
      path.join(dir, "stripe-mock.log"),
      {
        ...process.env,
        STRIPE_MOCK_PORT: String(stripePort),
        STRIPE_WEBHOOK_URL: `${origin}/webhooks/stripe`,
        STRIPE_WEBHOOK_SECRET,
      },
    ),
    postgres,
  };
  saveState(dir, topology);
  try {
    await waitFor(`http://127.0.0.1:${stripePort}/health`, "The Stripe mock");
    await Promise.all(topology.apps.map((_, index) => startApp(topology, index)));
    const nginx = writeNginxConfig(dir, `127.0.0.1:${nginxPort}`, appPorts.slice(0, 2) as number[]);
    topology.nginxPid = daemon(
      NGINX,
      ["-c", nginx.file, "-p", nginx.prefix, "-e", path.join(nginx.prefix, "error.log")],
      path.join(dir, "nginx.log"),
      process.env,
    );
    saveState(dir, topology);
    await waitFor(`${origin}/healthz`, "nginx");
    return topology;
  } catch (error) {
    // A piece that does not start (an app refusing its configuration, say) leaves none running.
    await stopTopology(dir);
    throw error;
  }
}

function kill(pid: number, signal: NodeJS.Signals | 0) {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** `kill -9` of one app instance (a crash: no draining). */
export function crashApp(topology: Topology, index: number) {
  kill(topology.apps[index]!.pid, "SIGKILL");
}

/** `kill -9` of the PostgreSQL server: the postmaster and its backends. */
export function crashPostgres(topology: Topology) {
  const pid = topology.postgres && postgresPid(topology.postgres.dataDir);
  if (!pid) return;
  const children = childPids(pid);
  kill(pid, "SIGKILL");
  for (const child of children) kill(child, "SIGKILL");
}

/** Restarts PostgreSQL after a crash (it recovers from its write-ahead log). */
export async function restartPostgres(topology: Topology) {
  const { dataDir, port } = topology.postgres!;
  for (let i = 0; i < 50; i++) {
    try {
      startPostgres(dataDir, port);
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error("PostgreSQL did not restart (see postgres.log)");
}

async function waitForExit(pid: number) {
  for (let i = 0; i < 100 && kill(pid, 0); i++) await sleep(100);
}

/** Stops every piece (gracefully, then for good) and leaves the folder for its logs. */
export async function stopTopology(dir = DEFAULT_DIR) {
  if (!existsSync(statePath(dir))) return;
  const state = readState(dir);
  const pids = [state.nginxPid, ...state.apps.map((app) => app.pid), state.stripeMockPid];
  for (const pid of pids) if (pid) kill(-pid, "SIGTERM");
  await Promise.all(pids.filter(Boolean).map((pid) => waitForExit(pid)));
  for (const pid of pids) if (pid) kill(-pid, "SIGKILL");
  if (state.postgres && postgresPid(state.postgres.dataDir)) {
    try {
      runPg("pg_ctl", ["-D", state.postgres.dataDir, "-m", "fast", "-w", "stop"]);
    } catch {
      crashPostgres(state);
    }
  }
  rmSync(statePath(dir));
}

function option(name: string) {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const command = process.argv[2];
  const dir = path.resolve(option("dir") ?? DEFAULT_DIR);
  if (command === "start") {
    const engine = (option("engine") ?? "postgresql") as Engine;
    const topology = await startTopology({
      engine,
      dir,
      build: !process.argv.includes("--no-build"),
    });
    console.log(
      `${engine}: ${topology.origin} (nginx) → ${topology.apps.map((a) => `127.0.0.1:${a.port}`).join(", ")}`,
    );
    console.log(`Database: ${topology.databaseUrl}\nLogs and state: ${dir}`);
  } else if (command === "stop") {
    await stopTopology(dir);
  } else {
    console.error(
      "Usage: topology start [--engine postgresql|sqlite] [--dir DIR] [--no-build] | stop [--dir DIR]",
    );
    process.exitCode = 1;
  }
}
