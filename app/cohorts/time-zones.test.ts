import { describe, expect, test } from "vitest";

import { formatInZone, zonedTimeToUtc } from "~/cohorts/time-zones.ts";

describe("time zones", () => {
  test("wall-clock times become the right instant, in winter and in summer", () => {
    expect(zonedTimeToUtc("2026-12-01", "09:30", "Europe/Paris").toISOString()).toBe(
      "2026-12-01T08:30:00.000Z",
    );
    expect(zonedTimeToUtc("2026-07-01", "09:30", "Europe/Paris").toISOString()).toBe(
      "2026-07-01T07:30:00.000Z",
    );
    expect(zonedTimeToUtc("2026-07-01", "09:30", "Europe/London").toISOString()).toBe(
      "2026-07-01T08:30:00.000Z",
    );
    expect(zonedTimeToUtc("2026-03-29", "12:00", "Europe/Madrid").toISOString()).toBe(
      "2026-03-29T10:00:00.000Z",
    );
    expect(zonedTimeToUtc("2026-12-01", "09:30", "UTC").toISOString()).toBe(
      "2026-12-01T09:30:00.000Z",
    );
  });

  test("an instant reads back in its zone", () => {
    const instant = zonedTimeToUtc("2026-12-01", "09:30", "Europe/Rome");
    expect(formatInZone(instant, "Europe/Rome", "it")).toContain("09:30");
    expect(formatInZone(instant, "Europe/Rome", "it")).toContain("(Europe/Rome)");
  });
});
