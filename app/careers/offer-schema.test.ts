import { describe, expect, test } from "vitest";

import { isListed, offerSchema, renewedClosingDate, startOfToday } from "~/careers/offer-schema.ts";

const day = 24 * 60 * 60 * 1000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const valid = {
  title: "Digital mediator intern",
  organisation: "A community centre",
  contract: "internship",
  jobs: ["digital-mediator"],
  country: "FR",
  city: "Lyon",
  languages: ["fr"],
  description: "Help people with their online procedures, three days a week.",
  apply: "https://example.org/apply",
  closesOn: iso(new Date(Date.now() + 10 * day)),
};

describe("offer form", () => {
  test("a complete offer is valid; an email address works to apply", () => {
    expect(offerSchema.safeParse(valid).success).toBe(true);
    expect(offerSchema.safeParse({ ...valid, apply: "jobs@example.org" }).success).toBe(true);
  });

  test.each([
    ["apply", "javascript:alert(1)", "offer.errors.applyInvalid"],
    ["apply", "http://insecure.example.org", "offer.errors.applyInvalid"],
    ["contract", "full-time", "offer.errors.contractRequired"],
    ["country", "US", "offer.errors.countryRequired"],
    ["jobs", [], "offer.errors.jobsRequired"],
    ["languages", ["de"], "offer.errors.languagesRequired"],
    ["description", "Too short", "offer.errors.descriptionRequired"],
    ["closesOn", iso(new Date(Date.now() - 2 * day)), "offer.errors.closesOnPast"],
    ["closesOn", iso(new Date(Date.now() + 400 * day)), "offer.errors.closesOnFar"],
  ])("%s = %j is refused with a translated message", (field, value, message) => {
    const result = offerSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe("offer lifecycle", () => {
  const now = new Date("2026-06-10T15:00:00Z");
  test("listed while open, until the end of its closing day", () => {
    expect(isListed({ status: "open", closesOn: new Date("2026-06-10T00:00:00Z") }, now)).toBe(
      true,
    );
    expect(isListed({ status: "open", closesOn: new Date("2026-06-09T00:00:00Z") }, now)).toBe(
      false,
    );
    expect(isListed({ status: "closed", closesOn: new Date("2026-07-01T00:00:00Z") }, now)).toBe(
      false,
    );
    expect(
      isListed({ status: "unpublished", closesOn: new Date("2026-07-01T00:00:00Z") }, now),
    ).toBe(false);
  });

  test("renewing adds 30 days from today, or from a later closing day", () => {
    expect(iso(renewedClosingDate(new Date("2026-06-01T00:00:00Z"), now))).toBe("2026-07-10");
    expect(iso(renewedClosingDate(new Date("2026-06-20T00:00:00Z"), now))).toBe("2026-07-20");
    expect(iso(startOfToday(now))).toBe("2026-06-10");
  });
});
