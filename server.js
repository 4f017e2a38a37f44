import cluster from "node:cluster";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { performance } from "node:perf_hooks";
import { createRequestHandler } from "@remix-run/express";
import { broadcastDevReady, installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { createPageCache } from "./server/page-cache.js";
import { createSecurityMiddleware } from "./server/security.js";

if (existsSync(".env")) process.loadEnvFile(".env");
installGlobals({ nativeFetch: true });

const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const workers = Number(process.env.WEB_CONCURRENCY ?? (isProduction ? availableParallelism() : 1));
const buildPath = "./build/index.js";

if (workers > 1 && cluster.isPrimary) {
  // Stateless app processes sharing one port: the database holds every piece of state.
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on("exit", (worker, code) => {
    if (code !== 0 && !worker.exitedAfterDisconnect) cluster.fork();
  });
  console.log(`Social Tech Academy: ${workers} workers on http://localhost:${port}`);
} else {
  await startServer();
}

async function freshDevBuild() {
  const build = await import(`${buildPath}?t=${Date.now()}`);
  broadcastDevReady(build);
  return build;
}

async function startServer() {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", process.env.TRUST_PROXY === "true");
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
  const build = isProduction ? await import(buildPath) : null;
  build?.entry.module.startBackgroundJobs();
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
    if (cluster.isPrimary) console.log(`Social Tech Academy listening on http://localhost:${port}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.once(signal, () => server.close(() => process.exit(0)));
  }
}
