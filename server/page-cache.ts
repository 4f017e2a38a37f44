import { performance } from "node:perf_hooks";

const PLACEHOLDER = "__CSP_NONCE__";
const MAX_ENTRIES = 500;
const PERSONAL_COOKIE = /(?:^|;\s*)(?:sta_session|sta_progress)=/;
const LANGUAGE_PATH = /^\/(?:en|fr|it|es)(?:\/|$)/;

/**
 * Keeps the rendered HTML of public pages seen by anonymous visitors, per process, and answers
 * the next identical request from memory with a fresh CSP nonce. Only routes marked as static
 * pages (content only, no database: see app/utils/static-page.ts) enter it, and content and code
 * only change with a new build (a new process), so an entry never goes stale. Pages for
 * logged-in users or visitors with saved progress and non-GET requests never enter it.
 */
export function createPageCache() {
  const entries = new Map();

  const keyOf = (req) =>
    `${req.get("host")}${req.originalUrl}|${req.get("sec-fetch-dest") === "document" ? "doc" : "data"}`;
  const cacheable = (req) =>
    req.method === "GET" &&
    LANGUAGE_PATH.test(req.path) &&
    !PERSONAL_COOKIE.test(req.get("cookie") ?? "");

  function remember(key, status, headers, body) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
    entries.set(key, { status, headers, body });
  }

  return function pageCache(req, res, next) {
    if (!cacheable(req)) return next();
    const nonce = res.locals.cspNonce;
    const key = keyOf(req);
    const hit = entries.get(key);
    if (hit) {
      const etag = hit.headers.etag;
      if (
        etag &&
        req
          .get("if-none-match")
          ?.split(/\s*,\s*/)
          .includes(etag)
      ) {
        res
          .status(304)
          .set({ etag, "cache-control": hit.headers["cache-control"], vary: hit.headers.vary })
          .end();
        return;
      }
      const headers = { ...hit.headers };
      if (headers["content-security-policy"]) {
        headers["content-security-policy"] = headers["content-security-policy"].replaceAll(
          PLACEHOLDER,
          nonce,
        );
      }
      const duration = performance.now() - res.locals.requestStart;
      res
        .status(hit.status)
        .set(headers)
        .set("x-page-cache", "hit")
        .set("server-timing", `app;desc="page cache";dur=${duration.toFixed(1)}`)
        .send(hit.body.replaceAll(PLACEHOLDER, nonce));
      return;
    }

    const chunks = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => {
      if (chunk) chunks.push(Buffer.from(chunk));
      return write(chunk, ...rest);
    };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
      const cacheControl = String(res.getHeader("cache-control") ?? "");
      const type = String(res.getHeader("content-type") ?? "");
      const isStatic = res.getHeader("x-static-page") === "1";
      if (
        isStatic &&
        res.statusCode === 200 &&
        /\bpublic\b/.test(cacheControl) &&
        type.startsWith("text/html") &&
        nonce
      ) {
        const headers = {};
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (
            ![
              "content-length",
              "content-encoding",
              "date",
              "connection",
              "keep-alive",
              "transfer-encoding",
              "server-timing",
            ].includes(name)
          ) {
            headers[name] =
              typeof value === "string" ? value.replaceAll(nonce, PLACEHOLDER) : value;
          }
        }
        remember(
          key,
          res.statusCode,
          headers,
          Buffer.concat(chunks).toString("utf8").replaceAll(nonce, PLACEHOLDER),
        );
      }
      return end(chunk, ...rest);
    };
    next();
  };
}
