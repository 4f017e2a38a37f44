import crypto from "node:crypto";

import type { Request, RequestHandler } from "express";
import helmet from "helmet";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Paths that receive signed cross-site POSTs from other services. */
const CROSS_SITE_POST_PATHS = ["/webhooks/"];

/**
 * Security headers, a per-request CSP nonce, and an origin check on state-changing requests.
 * The Content-Security-Policy itself is set on documents by app/entry.server.tsx, which
 * knows the nonce and whether the response is a 304.
 */
export function createSecurityMiddleware({ isHttps }: { isHttps: boolean }): RequestHandler {
  const headers = helmet({
    contentSecurityPolicy: false,
    strictTransportSecurity: isHttps,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: "strict-origin-when-cross-origin" },
  });

  return function security(req, res, next) {
    res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
    if (!SAFE_METHODS.has(req.method) && !isAllowedOrigin(req)) {
      res.status(403).type("text/plain").send("Cross-site request refused.");
      return;
    }
    headers(req, res, next);
  };
}

function isAllowedOrigin(req: Request) {
  if (CROSS_SITE_POST_PATHS.some((prefix) => req.path.startsWith(prefix))) return true;
  const origin = req.get("origin");
  if (!origin || origin === "null") return req.get("sec-fetch-site") !== "cross-site";
  try {
    return new URL(origin).host === req.get("host");
  } catch {
    return false;
  }
}
