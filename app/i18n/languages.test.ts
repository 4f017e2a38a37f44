import { describe, expect, test } from "vitest";

import { isLanguage, pathInLanguage } from "~/i18n/languages.ts";

describe("languages", () => {
  test("only the four languages are supported", () => {
    expect(["en", "fr", "it", "es"].every(isLanguage)).toBe(true);
    expect(isLanguage("de")).toBe(false);
    expect(isLanguage("EN")).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });

  test("the same page in another language", () => {
    expect(pathInLanguage("/en/courses/open-data/theory", "fr")).toBe(
      "/fr/courses/open-data/theory",
    );
    expect(pathInLanguage("/es", "it")).toBe("/it");
    expect(pathInLanguage("/fr/", "en")).toBe("/en");
    expect(pathInLanguage("/", "es")).toBe("/es");
    expect(pathInLanguage("/certificates/abc", "fr")).toBe("/fr/certificates/abc");
  });
});
