import type { OutgoingHttpHeader } from "node:http";
import { performance } from "node:perf_hooks";

import type { Request, RequestHandler, Response } from "express";

import { isLanguage } from "~/i18n/languages.ts";
import { hasPersonalCookie } from "~/utils/personal-cookies.ts";

const PLACEHOLDER = "__CSP_NONCE__";
const MAX_ENTRIES = 500;
/** Headers that belong to one answer, never to the stored page. */
const UNSTORED_HEADERS = [
  "content-length",
  "content-encoding",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "server-timing",
];

type StoredHeaders = Record<string, OutgoingHttpHeader | undefined>;
type Entry = { status: number; headers: StoredHeaders; body: string };
type Chunk = string | Uint8Array;

const toBuffer = (chunk: Chunk) =>
  typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);

/** A page of one of the languages (`/en`, `/fr/courses`…): the first path segment. */
const isLanguagePath = (path: string) => isLanguage(path.split("/")[1]);

/**
 * Keeps the rendered HTML of public pages seen by anonymous visitors, per process, and answers
 * the next identical request from memory with a fresh CSP nonce. Only routes marked as static
 * pages (content only, no database: see app/utils/static-page.ts) enter it, and content and code
 * only change with a new build (a new process), so an entry never goes stale. Pages for
 * logged-in users or visitors with saved progress and non-GET requests never enter it.
 */
export function createPageCache(): RequestHandler {
  const entries = new Map<string, Entry>();

  const keyOf = (req: Request) =>
    `${req.get("host")}${req.originalUrl}|${req.get("sec-fetch-dest") === "document" ? "doc" : "data"}`;
  const cacheable = (req: Request) =>
    req.method === "GET" && isLanguagePath(req.path) && !hasPersonalCookie(req.get("cookie"));

  function remember(key: string, status: number, headers: StoredHeaders, body: string) {
    if (entries.size >= MAX_ENTRIES) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
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
        typeof etag === "string" &&
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
      const policy = headers["content-security-policy"];
      if (typeof policy === "string") {
        headers["content-security-policy"] = policy.replaceAll(PLACEHOLDER, nonce);
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

    const chunks: Buffer[] = [];
    const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => Response;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk) chunks.push(toBuffer(chunk as Chunk));
      return write(chunk, ...rest);
    }) as Response["write"];
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== "function") chunks.push(toBuffer(chunk as Chunk));
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
        const headers: StoredHeaders = {};
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (!UNSTORED_HEADERS.includes(name)) {
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
    }) as Response["end"];
    next();
  };
}
