import { execSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { get as httpGet, type IncomingHttpHeaders } from "node:http";
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
/** What a browser sends when it opens a page. */
const NAVIGATION_HEADERS = {
  Accept: "text/html",
  "Accept-Encoding": "gzip",
  "Sec-Fetch-Dest": "document",
};

if (!process.env.BENCH_SKIP_BUILD) execSync("npm run --silent build", { stdio: "inherit" });
execSync("npm run --silent db:setup", { stdio: "ignore" });

const server = spawn("node", ["build/server/index.js"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(PORT),
    PUBLIC_URL: origin,
    WEB_CONCURRENCY: "2",
    SESSION_SECRET: "bench-session-secret-0123456789abcdef0123",
  },
  stdio: ["ignore", "ignore", "inherit"],
});

/** A GET with a browser's navigation headers (fetch would drop the Sec-Fetch-* ones). */
function get(path: string): Promise<{ body: Buffer; headers: IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const headers = { ...NAVIGATION_HEADERS, "Accept-Encoding": "identity" };
    httpGet(origin + path, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ body: Buffer.concat(chunks), headers: response.headers }));
    }).on("error", reject);
  });
}

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
  const html = (await get(PAGE)).body;
  const assets = [
    ...html.toString().matchAll(/(?:href|src)="(\/build\/[^"]+\.(?:css|js))"/g),
    ...html.toString().matchAll(/import\("(\/build\/[^"]+\.js)"\)/g),
    ...html.toString().matchAll(/import \* as \w+ from "(\/build\/[^"]+\.js)"/g),
  ].map((m) => m[1] as string);
  const unique = [...new Set(assets)];
  const sizes = await Promise.all(
    unique.map(async (path) => gzipSync((await get(path)).body).length),
  );
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

const ms = (value: number) => Math.round(value * 10) / 10;

/** While the load runs, reads the server's own time (Server-Timing) on sampled requests. */
async function sampleServerTime(until: () => boolean) {
  const samples: number[] = [];
  while (!until()) {
    const { headers } = await get(PAGE);
    const match = /dur=([\d.]+)/.exec(String(headers["server-timing"] ?? ""));
    if (match) samples.push(Number(match[1]));
  }
  return samples.sort((a, b) => a - b);
}

async function load(connections: number) {
  const latencies: number[] = [];
  let done = false;
  const sampling = sampleServerTime(() => done);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: origin + PAGE, connections, duration: DURATION, headers: NAVIGATION_HEADERS },
      (error, r) => (error ? reject(error) : resolve(r)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  done = true;
  const server = await sampling;
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requestsPerSecond: Math.round(result.requests.average),
    latency: {
      p50ms: ms(percentile(latencies, 50)),
      p95ms: ms(percentile(latencies, 95)),
      p99ms: ms(percentile(latencies, 99)),
    },
    serverTime: {
      samples: server.length,
      p50ms: ms(percentile(server, 50)),
      p95ms: ms(percentile(server, 95)),
      p99ms: ms(percentile(server, 99)),
    },
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
