import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { CONTENT_BUNDLE_PATH } from "~/content/bundle-path.server.ts";

import { buildContent } from "../content-pipeline/build.ts";

const root = process.cwd();
const { bundle, problems } = await buildContent(root, path.join(root, ".cache/mdx"));

if (!bundle) {
  console.error(`Content check failed (${problems.list.length} problems):\n${problems.format()}`);
  process.exit(1);
}

mkdirSync(path.dirname(CONTENT_BUNDLE_PATH), { recursive: true });
writeFileSync(CONTENT_BUNDLE_PATH, JSON.stringify(bundle));
console.log(
  `Content OK: ${bundle.courses.length} courses, ${bundle.jobs.length} job profiles, ` +
    `${bundle.interviews.length} interviews (version ${bundle.version}).`,
);
