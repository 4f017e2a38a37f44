import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, test } from "vitest";

import { writeContentFixture, writeFile } from "../tests/unit/content-fixture.ts";
import { runContent } from "./run.ts";

let root: string;
let bundlePath: string;
const run = (mode: "check" | "build") =>
  runContent(mode, { root, cacheDir: path.join(root, ".cache"), bundlePath });

beforeEach(() => {
  root = writeContentFixture();
  bundlePath = path.join(root, ".generated/content.json");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("runContent", () => {
  test("check validates everything and writes no bundle", async () => {
    const { ok, message } = await run("check");
    expect(ok).toBe(true);
    expect(message).toMatch(
      /^Content OK: 1 courses, 1 job profiles, 1 interviews \(version \w+\)\.$/,
    );
    expect(existsSync(bundlePath)).toBe(false);
  });

  test("build writes the bundle; a later check leaves it untouched", async () => {
    expect((await run("build")).ok).toBe(true);
    const written = readFileSync(bundlePath, "utf8");
    const { mtimeMs } = statSync(bundlePath);
    expect(JSON.parse(written).courses[0].slug).toBe("sample-course");

    writeFile(
      root,
      "jobs/sample-job/en.mdx",
      "---\ntitle: Changed\nsummary: Changed.\n---\n\nText.\n",
    );
    const check = await run("check");
    expect(check.ok).toBe(true);
    expect(check.message).not.toContain(JSON.parse(written).version);
    expect(readFileSync(bundlePath, "utf8")).toBe(written);
    expect(statSync(bundlePath).mtimeMs).toBe(mtimeMs);
  });

  test("a problem fails both and names the file; nothing is written", async () => {
    rmSync(path.join(root, "interviews/sample-job-interview/it.mdx"));
    for (const mode of ["check", "build"] as const) {
      const { ok, message } = await run(mode);
      expect(ok).toBe(false);
      expect(message).toBe(
        "Content check failed (1 problems):\n  interviews/sample-job-interview/it.mdx: file is missing",
      );
    }
    expect(existsSync(bundlePath)).toBe(false);
  });
});
