import { describe, expect, test } from "vitest";

import { parseSort, sortLearners } from "~/cohorts/cohort-progress.server.ts";

const rows = [
  { name: "Zoé", percent: 50, lastActivity: new Date("2026-11-01") },
  { name: "Ana", percent: 50, lastActivity: null },
  { name: "Marc", percent: 100, lastActivity: new Date("2026-11-20") },
];

describe("sorting a cohort's learners", () => {
  test("by name, by progress (most first), by last activity (most recent first)", () => {
    expect(sortLearners(rows, "name").map((r) => r.name)).toEqual(["Ana", "Marc", "Zoé"]);
    expect(sortLearners(rows, "progress").map((r) => r.name)).toEqual(["Marc", "Ana", "Zoé"]);
    expect(sortLearners(rows, "activity").map((r) => r.name)).toEqual(["Marc", "Zoé", "Ana"]);
  });
  test("an unknown sort falls back to the name", () => {
    expect(parseSort("salary")).toBe("name");
    expect(parseSort(null)).toBe("name");
    expect(parseSort("activity")).toBe("activity");
  });
});
