import { describe, expect, test } from "vitest";

import { ROLES } from "~/account/roles.ts";
import { CONTRACTS } from "~/careers/offer-schema.ts";
import { OFFER_STATES } from "~/careers/offer-status.ts";
import { ACTIVE_ENROLLMENT_STATUSES } from "~/cohorts/enrollment-status.ts";
import { LANGUAGES } from "~/i18n/languages.ts";
import { resources } from "~/i18n/locales.server.ts";

/** The words under `key` in a namespace's strings, by value. */
function wordsUnder(tree: unknown, key: string) {
  const node = key
    .split(".")
    .reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], tree);
  return (node ?? {}) as Record<string, unknown>;
}

/** Each vocabulary a page shows, where its words are, and the values that need words. */
const VOCABULARIES = [
  { name: "ROLES", ns: "account", key: "admin.roles", values: ROLES },
  { name: "OFFER_STATES", ns: "catalog", key: "offer.recruiter.status", values: OFFER_STATES },
  { name: "CONTRACTS", ns: "catalog", key: "offer.contracts", values: CONTRACTS },
  {
    name: "ACTIVE_ENROLLMENT_STATUSES",
    ns: "cohorts",
    key: "cohort.page.status",
    values: ACTIVE_ENROLLMENT_STATUSES,
  },
] as const;

describe("every value of a vocabulary a page shows has its words, in every language", () => {
  for (const { name, ns, key, values } of VOCABULARIES) {
    test(`${name}: ${ns}:${key}.*`, () => {
      for (const lang of LANGUAGES) {
        const words = wordsUnder(resources[lang][ns], key);
        expect(Object.keys(words).sort(), `${lang}/${ns}.json ${key}`).toEqual([...values].sort());
        for (const value of values) expect(words[value], `${lang} ${value}`).toMatch(/\S/);
      }
    });
  }
});
