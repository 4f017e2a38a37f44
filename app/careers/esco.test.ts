import { describe, expect, test } from "vitest";

import { escoOccupation } from "~/careers/esco.ts";

const uri = "http://data.europa.eu/esco/occupation/c40a2919-48a9-40ea-b506-1f34f693496d";
const esco = { uri, labels: { en: "web developer", fr: "développeur web/développeuse web" } };

describe("escoOccupation", () => {
  test("gives ESCO's label in the reader's language", () => {
    expect(escoOccupation(esco, "fr")).toEqual({
      uri,
      label: "développeur web/développeuse web",
      labelLang: "fr",
    });
  });

  test("falls back to the English label, marked as English", () => {
    expect(escoOccupation(esco, "it")).toEqual({ uri, label: "web developer", labelLang: "en" });
  });

  test("is absent when the job has no ESCO occupation", () => {
    expect(escoOccupation(undefined, "es")).toBeNull();
  });
});
