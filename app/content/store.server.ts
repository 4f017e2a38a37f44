import { readFileSync, statSync } from "node:fs";

import { CONTENT_BUNDLE_PATH } from "~/content/bundle-path.server.ts";
import type { ContentBundle } from "~/content/types.ts";

let cached: { bundle: ContentBundle; mtimeMs: number } | undefined;

/**
 * The compiled content, read once from the file the build wrote. In development the file
 * is read again when a rebuild changes it; MDX is never compiled here.
 */
export function getContent(): ContentBundle {
  if (cached && process.env.NODE_ENV === "production") return cached.bundle;
  const { mtimeMs } = statSync(CONTENT_BUNDLE_PATH);
  if (cached?.mtimeMs !== mtimeMs) {
    const bundle = JSON.parse(readFileSync(CONTENT_BUNDLE_PATH, "utf8")) as ContentBundle;
    cached = { bundle, mtimeMs };
  }
  return cached.bundle;
}
