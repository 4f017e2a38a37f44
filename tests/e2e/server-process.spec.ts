import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";

import { expect, test } from "@playwright/test";

/**
 * The production server as an operator runs it (`node build/server/index.js`, with several
 * workers), on the build the test server uses and a database file of its own.
 */
const DATABASE_FILE = "tests/.data/server-process.db";
const GOOD_ENV = {
  NODE_ENV: "production",
  WEB_CONCURRENCY: "2",
  DATABASE_URL: `file:./${DATABASE_FILE}`,
  SESSION_SECRET: "server-process-test-secret-0123456789abcdef",
  PUBLIC_URL: "http://localhost",
  BACKGROUND_JOBS: "off",
};

let port = 3400 + Math.floor(Math.random() * 200);

function start(env: Record<string, string>) {
  port += 1;
  const child = spawn("node", ["build/server/index.js"], {
    env: { ...process.env, PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, exited, output: () => output, url: `http://127.0.0.1:${port}/healthz` };
}

/** The worker processes of a server (none while one is being replaced: pgrep then exits 1). */
const workersOf = (child: ChildProcess) =>
  spawnSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" })
    .stdout.trim()
    .split("\n")
    .filter(Boolean);

async function health(url: string) {
  try {
    return (await fetch(url)).status;
  } catch {
    return "refused";
  }
}

test.describe.configure({ mode: "serial" });
test.beforeAll(() => rmSync(DATABASE_FILE, { force: true }));

test("a worker that cannot start stops the server with its reason, instead of being forked again", async () => {
  const server = start({ ...GOOD_ENV, SESSION_SECRET: "" });
  const code = await Promise.race([
    server.exited,
    new Promise((resolve) => setTimeout(() => resolve("still running"), 30_000)),
  ]);
  expect(code).toBe(1);
  expect(server.output()).toContain("The server cannot start");
  expect(server.output()).toContain("SESSION_SECRET");
  expect(server.output().match(/cannot start/g)?.length ?? 0).toBeLessThanOrEqual(2);
});

test("production needs a public address and refuses to trust every proxy", async () => {
  for (const [variable, value] of [
    ["PUBLIC_URL", ""],
    ["TRUST_PROXY", "true"],
  ] as const) {
    const server = start({ ...GOOD_ENV, WEB_CONCURRENCY: "1", [variable]: value });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(variable);
  }
});

test("a worker that dies while serving is replaced, and a stop signal ends every process cleanly", async () => {
  const server = start(GOOD_ENV);
  await expect.poll(() => health(server.url), { timeout: 30_000 }).toBe(200);
  const [first] = workersOf(server.child);
  process.kill(Number(first), "SIGKILL");
  await expect
    .poll(() => workersOf(server.child).filter((pid) => pid !== first).length, { timeout: 20_000 })
    .toBe(2);
  await expect.poll(() => health(server.url), { timeout: 20_000 }).toBe(200);
  server.child.kill("SIGTERM");
  expect(await server.exited).toBe(0);
  expect(await health(server.url)).toBe("refused");
});
