import path from "node:path";

import { CONTENT_BUNDLE_PATH } from "~/content/bundle-path.server.ts";

import { runContent } from "../content-pipeline/run.ts";

/** `npm run content:build` writes the bundle; `npm run content:check` (`--check`) only checks. */
const mode = process.argv.includes("--check") ? "check" : "build";
const root = process.cwd();
const { ok, message } = await runContent(mode, {
  root,
  cacheDir: path.join(root, ".cache/mdx"),
  bundlePath: CONTENT_BUNDLE_PATH,
});

if (!ok) {
  console.error(message);
  process.exit(1);
}
console.log(message);
