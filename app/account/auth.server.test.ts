import { describe, expect, test } from "vitest";

import { safeRedirect } from "~/account/auth.server.ts";

const FALLBACK = "/en/learn";

describe("safeRedirect", () => {
  test.each([
    ["/fr/courses/open-data/theory", "/fr/courses/open-data/theory"],
    ["/en/trainer/cohorts?done=created#top", "/en/trainer/cohorts?done=created#top"],
    ["/en/courses/../learn", "/en/learn"],
    ["/en/%2F%2Fevil.example", "/en/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the path %s on this site", (to, expected) => {
    expect(safeRedirect(to, FALLBACK)).toBe(expected);
  });

  test.each([
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/ /evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "https://evil.example/en/learn",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
  ])("refuses %j", (to) => {
    expect(safeRedirect(to, FALLBACK)).toBe(FALLBACK);
  });

  test("refuses what is not text", () => {
    expect(safeRedirect(null, FALLBACK)).toBe(FALLBACK);
    expect(safeRedirect(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeRedirect(new File([], "x"), FALLBACK)).toBe(FALLBACK);
  });
});
