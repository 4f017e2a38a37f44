import { createHash } from "node:crypto";

const PUBLIC_CACHE = "public, max-age=300, stale-while-revalidate=3600";

/**
 * Caching for a rendered document. Pages that set their own Cache-Control (personal pages)
 * keep it; other successful pages are public, with an ETag of the HTML without its nonce,
 * so that a revalidation that matches costs a 304 and no body.
 */
export function cacheDocument(request: Request, headers: Headers, html: string, nonce: string) {
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
