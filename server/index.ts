import cluster, { type Worker } from "node:cluster";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";

import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, installGlobals, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";

import type * as AppEntry from "~/entry.server.tsx";

import { createPageCache } from "./page-cache.ts";
import { createSecurityMiddleware } from "./security.ts";
import { trustProxySetting } from "./trust-proxy.ts";

/**
 * The production server (`npm start`: `npm run build` compiles this file to
 * build/server/index.js) and, through tsx, the development one (`npm run dev`). Paths are those
 * of the project folder, the working directory.
 */

if (existsSync(".env")) process.loadEnvFile(".env");
installGlobals({ nativeFetch: true });

/** The Remix build, with what app/entry.server.tsx exports for the server. */
type AppBuild = ServerBuild & { entry: { module: typeof AppEntry } };

const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const workers = Number(process.env.WEB_CONCURRENCY ?? (isProduction ? availableParallelism() : 1));
const buildUrl = pathToFileURL(path.resolve("build/index.js")).href;
/** How long a stopping process may take to finish its open requests and jobs. */
const SHUTDOWN_LIMIT_MS = Number(process.env.SHUTDOWN_LIMIT_MS ?? 25_000);
const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const;

if (workers > 1 && cluster.isPrimary) {
  startPrimary();
} else {
  await startServer().catch((error: unknown) => {
    console.error(`The server cannot start. ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}

/**
 * Stateless app processes sharing one port: the database holds every piece of state. A worker
 * that dies while serving is replaced; one that dies before it listens (a bad configuration,
 * an unreachable database) stops the whole server with its error instead of being forked again
 * and again.
 */
function startPrimary() {
  let stopping = false;
  const listening = new WeakSet<Worker>();
  const fork = () => cluster.fork();
  cluster.on("message", (worker: Worker, message: unknown) => {
    if (message === "listening") listening.add(worker);
  });
  cluster.on("exit", (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping || worker.exitedAfterDisconnect) return;
    if (!listening.has(worker)) {
      console.error(`A worker failed to start (exit ${code ?? signal}): stopping the server.`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
      process.exitCode = 1;
      return;
    }
    console.error(`A worker stopped (exit ${code ?? signal}): starting another.`);
    fork();
  });
  for (let i = 0; i < workers; i++) fork();
  for (const signal of STOP_SIGNALS) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill("SIGTERM");
    });
  }
  console.log(`Social Tech Academy: ${workers} workers on http://localhost:${port}`);
}

function importBuild(url: string) {
  return import(url) as Promise<AppBuild>;
}

async function freshDevBuild() {
  const build = await importBuild(`${buildUrl}?t=${Date.now()}`);
  broadcastDevReady(build);
  return build;
}

async function startServer() {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxySetting(process.env.TRUST_PROXY));
  app.use((_req, res, next) => {
    res.locals.requestStart = performance.now();
    next();
  });
  app.use(compression());
  app.use(
    createSecurityMiddleware({ isHttps: process.env.PUBLIC_URL?.startsWith("https://") ?? false }),
  );
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  if (isProduction && process.env.PAGE_CACHE !== "off") app.use(createPageCache());
  let draining = false;
  app.get("/healthz", (_req, res, next) =>
    draining ? res.status(503).type("text/plain").send("shutting down") : next(),
  );
  const build = isProduction ? await importBuild(buildUrl) : null;
  build?.entry.module.checkEnvironment();
  // The email worker and the jobs; in development, those of the first build.
  const jobs = (build ?? (await importBuild(buildUrl))).entry.module;
  jobs.startBackgroundJobs();
  app.all(
    "*",
    createRequestHandler({
      build: build ?? freshDevBuild,
      getLoadContext: (req, res) => ({
        clientIp: req.ip,
        cspNonce: res.locals.cspNonce,
        requestStart: res.locals.requestStart,
      }),
    }),
  );

  const server = app.listen(port, () => {
    if (cluster.isWorker) process.send?.("listening");
    else console.log(`Social Tech Academy listening on http://localhost:${port}`);
  });

  /**
   * Shutdown drains: no new connections, open requests and a running background round or
   * email delivery finish, then the database connection closes. A hard limit ends it anyway.
   */
  async function drain() {
    draining = true;
    setTimeout(() => {
      console.error(`Shutdown took over ${SHUTDOWN_LIMIT_MS} ms: stopping now.`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    await Promise.all([closed, jobs.stopBackgroundJobs()]);
    await build?.entry.module.disconnectDatabase();
    process.exit(0);
  }
  for (const signal of STOP_SIGNALS) process.once(signal, () => void drain());
}
