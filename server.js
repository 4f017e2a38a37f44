import { createRequestHandler } from "@remix-run/express";
import { installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { createSecurityMiddleware } from "./server/security.js";

installGlobals({ nativeFetch: true });

const isProduction = process.env.NODE_ENV === "production";
const port = Number(process.env.PORT ?? 3000);
const buildPath = "./build/index.js";

const freshDevBuild = async () => {
  const { broadcastDevReady } = await import("@remix-run/node");
  const build = await import(`${buildPath}?t=${Date.now()}`);
  broadcastDevReady(build);
  return build;
};

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", process.env.TRUST_PROXY === "true");
app.use(compression());
app.use(
  createSecurityMiddleware({ isHttps: process.env.PUBLIC_URL?.startsWith("https://") ?? false }),
);

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

app.all(
  "*",
  createRequestHandler({
    build: isProduction ? await import(buildPath) : freshDevBuild,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }),
  }),
);

const server = app.listen(port, () => {
  console.log(`Social Tech Academy listening on http://localhost:${port}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => server.close(() => process.exit(0)));
}
