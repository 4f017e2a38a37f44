import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

import { NAMESPACES } from "~/i18n/config.ts";
import { LANGUAGES } from "~/i18n/languages.ts";

const LOCALES = path.resolve("locales");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(path.join(LOCALES, lang, `${ns}.json`), "utf8")) as unknown;

describe("UI strings", () => {
  test("every language has exactly the namespaces the app loads", () => {
    for (const lang of LANGUAGES) {
      const files = readdirSync(path.join(LOCALES, lang)).map((f) => f.replace(/\.json$/, ""));
      expect(files.sort(), lang).toEqual([...NAMESPACES].sort());
    }
  });

  for (const ns of NAMESPACES) {
    test(`${ns}: every key exists in every language, with text`, () => {
      const english = keys(load("en", ns)).sort();
      for (const lang of LANGUAGES) {
        const strings = load(lang, ns);
        expect(keys(strings).sort(), `${lang}/${ns}.json`).toEqual(english);
        const empty = keys(strings).filter((k) => {
          const value = k
            .split(".")
            .reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], strings);
          return typeof value !== "string" || !value.trim();
        });
        expect(empty, `${lang}/${ns}.json empty strings`).toEqual([]);
      }
    });

    test(`${ns}: placeholders are the same in every language`, () => {
      const placeholders = (lang: string) =>
        keys(load(lang, ns)).map((k) => {
          const value = k
            .split(".")
            .reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], load(lang, ns));
          return `${k}:${[...String(value).matchAll(/\{\{(\w+)\}\}/g)]
            .map((m) => m[1])
            .sort()
            .join(",")}`;
        });
      for (const lang of LANGUAGES)
        expect(placeholders(lang).sort(), lang).toEqual(placeholders("en").sort());
    });
  }
});
