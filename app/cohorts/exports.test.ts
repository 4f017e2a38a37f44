import { describe, expect, test } from "vitest";

import { csvCell, toCsv } from "~/cohorts/csv.ts";
import { toIcs } from "~/cohorts/ics.ts";

describe("CSV export", () => {
  test("starts with a BOM, quotes every cell, doubles quotes, uses CRLF", () => {
    const csv = toCsv(
      ["Nom", "Progression"],
      [
        ['Amélie "Mimi"', 75],
        ["Léa, Paris", null],
      ],
    );
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF"Nom","Progression"\r\n"Amélie ""Mimi""","75"\r\n"Léa, Paris",""\r\n');
  });

  test("cells that a spreadsheet would run as a formula are made inert", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+1+1", "-2", "@SUM(A1)", "\tcmd"]) {
      expect(csvCell(attack).startsWith(`"'`)).toBe(true);
    }
    expect(csvCell("<script>alert(1)</script>")).toBe('"<script>alert(1)</script>"');
    expect(csvCell("Plain name")).toBe('"Plain name"');
  });
});

describe("ICS export", () => {
  const start = new Date("2026-12-01T09:30:00Z");
  const ics = toIcs(
    "Atelier, Lyon",
    [
      {
        uid: "s1@socialtech.academy",
        start,
        durationMinutes: 90,
        summary: "Séance 1; RGPD",
        description: "Apportez votre ordinateur\nMerci",
        location: "Centre social, salle 2",
      },
    ],
    new Date("2026-11-23T10:00:00Z"),
  );

  test("one event with UTC times, an end from the duration, and escaped text", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("DTSTART:20261201T093000Z\r\n");
    expect(ics).toContain("DTEND:20261201T110000Z\r\n");
    expect(ics).toContain("SUMMARY:Séance 1\\; RGPD\r\n");
    expect(ics).toContain("DESCRIPTION:Apportez votre ordinateur\\nMerci\r\n");
    expect(ics).toContain("LOCATION:Centre social\\, salle 2\r\n");
    expect(ics).toContain("X-WR-CALNAME:Atelier\\, Lyon\r\n");
    expect(ics.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
  });

  test("long lines are folded at 75 octets without cutting a character", () => {
    const long = toIcs("x", [{ uid: "u", start, durationMinutes: 60, summary: "é".repeat(100) }]);
    const lines = long.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const summary = long.split("SUMMARY:")[1]!.split("\r\nEND:VEVENT")[0]!.replace(/\r\n /g, "");
    expect(summary).toBe("é".repeat(100));
  });
});
