import { describe, expect, test } from "vitest";

import { ROLES } from "~/account/roles.ts";
import { CONTRACTS } from "~/careers/offer-schema.ts";
import { OFFER_STATES } from "~/careers/offer-status.ts";
import { ACTIVE_ENROLLMENT_STATUSES } from "~/cohorts/enrollment-status.ts";
import { DIGCOMP_COMPETENCES } from "~/content/digcomp.ts";
import { LANGUAGES } from "~/i18n/languages.ts";
import { resources } from "~/i18n/locales.server.ts";

/** The keys of the strings under `key`, relative to it (`1.1` for `key.1.1`). */
function keysUnder(tree: unknown, key: string) {
  const node = key
    .split(".")
    .reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], tree);
  const leaves = (value: unknown, prefix: string): string[] =>
    typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
      : typeof value === "string" && value.trim()
        ? [prefix]
        : [];
  return leaves(node, "");
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
  {
    name: "DIGCOMP_COMPETENCES",
    ns: "catalog",
    key: "digcomp.competences",
    values: DIGCOMP_COMPETENCES,
  },
] as const;

describe("every value of a vocabulary a page shows has its words, in every language", () => {
  for (const { name, ns, key, values } of VOCABULARIES) {
    test(`${name}: ${ns}:${key}.*`, () => {
      for (const lang of LANGUAGES) {
        expect(keysUnder(resources[lang][ns], key).sort(), `${lang}/${ns}.json ${key}`).toEqual(
          [...values].sort(),
        );
      }
    });
  }
});
