import { createHash } from "node:crypto";

import { hasPersonalCookie } from "~/utils/personal-cookies.ts";

const PUBLIC_CACHE = "public, max-age=300, stale-while-revalidate=3600";

/** A page seen by a logged-in user or a visitor with saved progress shows their own data. */
const isPersonal = (request: Request) => hasPersonalCookie(request.headers.get("Cookie"));

/**
 * Caching for a rendered document. Personal pages and answers to forms are never stored;
 * other pages are public, with an ETag of the HTML without its nonce, so that a revalidation
 * that matches costs a 304 and no body. Returns whether that 304 applies.
 */
export function cacheDocument(request: Request, headers: Headers, html: string, nonce: string) {
  if (request.method !== "GET" || isPersonal(request)) {
    headers.set("Cache-Control", "private, no-store");
    return false;
  }
  if (!headers.has("Cache-Control")) headers.set("Cache-Control", PUBLIC_CACHE);
  if (!/\bpublic\b/.test(headers.get("Cache-Control") ?? "")) return false;
  const stable = nonce ? html.replaceAll(nonce, "") : html;
  const etag = `W/"${createHash("sha1").update(stable).digest("base64url")}"`;
  headers.set("ETag", etag);
  headers.append("Vary", "Cookie");
  return (
    request.headers
      .get("If-None-Match")
      ?.split(/\s*,\s*/)
      .includes(etag) ?? false
  );
}
