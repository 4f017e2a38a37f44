import { execSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

/**
 * Builds the app, starts the production server on a spare port, then measures one course
 * part page: throughput and latency under load, and the bytes a first visit transfers.
 */
const PORT = Number(process.env.BENCH_PORT ?? 3200);
const PAGE = process.env.BENCH_PAGE ?? "/fr/courses/gdpr-essentials/theory";
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const origin = `http://127.0.0.1:${PORT}`;

if (!process.env.BENCH_SKIP_BUILD) execSync("npm run --silent build", { stdio: "inherit" });
execSync("npm run --silent db:setup", { stdio: "ignore" });

const server = spawn("node", ["server.js"], {
  env: { ...process.env, NODE_ENV: "production", PORT: String(PORT) },
  stdio: ["ignore", "ignore", "inherit"],
});

async function waitForHealth() {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`${origin}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start");
}

/** Compressed bytes of the document and of the CSS and JS it loads (no fonts or images are used). */
async function firstVisitBytes() {
  const get = async (path: string) => Buffer.from(await (await fetch(origin + path)).arrayBuffer());
  const html = await get(PAGE);
  const assets = [
    ...html.toString().matchAll(/(?:href|src)="(\/build\/[^"]+\.(?:css|js))"/g),
    ...html.toString().matchAll(/import\("(\/build\/[^"]+\.js)"\)/g),
    ...html.toString().matchAll(/import \* as \w+ from "(\/build\/[^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  const unique = [...new Set(assets)];
  const sizes = await Promise.all(unique.map(async (path) => gzipSync(await get(path)).length));
  const document = gzipSync(html).length;
  return {
    documentBytes: document,
    assetBytes: sizes.reduce((a, b) => a + b, 0),
    assets: unique.length,
    totalKB: Math.round(((document + sizes.reduce((a, b) => a + b, 0)) / 1024) * 10) / 10,
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function load(connections: number) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: origin + PAGE, connections, duration: DURATION },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: ms(percentile(latencies, 50)),
    p95ms: ms(percentile(latencies, 95)),
    p99ms: ms(percentile(latencies, 99)),
    errors: result.errors + result.non2xx,
  };
}

try {
  await waitForHealth();
  const bytes = await firstVisitBytes();
  const runs = [await load(10), await load(50)];
  const report = {
    date: new Date().toISOString(),
    page: PAGE,
    durationSeconds: DURATION,
    bytes,
    runs,
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/latest.json", JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
} finally {
  server.kill();
}
