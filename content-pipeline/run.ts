import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { buildContent } from "./build.ts";

export type RunMode = "check" | "build";

type RunPaths = { root: string; cacheDir: string; bundlePath: string };

/**
 * `content:check` and `content:build`: both read, validate and compile every file under
 * `root`; only `build` writes the bundle, and only when there is no problem.
 */
export async function runContent(mode: RunMode, { root, cacheDir, bundlePath }: RunPaths) {
  const { bundle, problems } = await buildContent(root, cacheDir);
  if (!bundle) {
    const message = `Content check failed (${problems.list.length} problems):\n${problems.format()}`;
    return { ok: false, message };
  }
  if (mode === "build") {
    mkdirSync(path.dirname(bundlePath), { recursive: true });
    writeFileSync(bundlePath, JSON.stringify(bundle));
  }
  const message =
    `Content OK: ${bundle.courses.length} courses, ${bundle.jobs.length} job profiles, ` +
    `${bundle.interviews.length} interviews (version ${bundle.version}).`;
  return { ok: true, message };
}
