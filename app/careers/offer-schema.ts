import { z } from "zod";

import type { OfferStatus } from "~/careers/offer-status.ts";
import { LANGUAGES } from "~/i18n/languages.ts";
import { parseOneOf } from "~/utils/one-of.ts";

export const CONTRACTS = ["job", "internship", "apprenticeship", "volunteering"] as const;
export type Contract = (typeof CONTRACTS)[number];
export const parseContract = (value: string): Contract => parseOneOf(CONTRACTS, value, "contract");

/** EU and EEA countries, where the academy's partners recruit. */
export const COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

const MAX_DAYS_OPEN = 365;
const DAY_MS = 24 * 60 * 60 * 1000;

const text = (min: number, max: number, key: string) =>
  z
    .string({ error: `offer.errors.${key}Required` })
    .trim()
    .min(min, { error: `offer.errors.${key}Required` })
    .max(max, { error: `offer.errors.${key}Long` });

/** Midnight UTC of the given day: offers close at the end of a calendar day. */
export function startOfToday(now = new Date()) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** An application address: an https page or an email address. */
const apply = z
  .string({ error: "offer.errors.applyRequired" })
  .trim()
  .refine((v) => /^https:\/\/[^\s]+\.[^\s]+$/.test(v) || z.email().safeParse(v).success, {
    error: "offer.errors.applyInvalid",
  });

/** The offer form: one schema for the browser and the action; messages are translation keys. */
export const offerSchema = z.object({
  title: text(3, 120, "title"),
  organisation: text(2, 120, "organisation"),
  contract: z.enum(CONTRACTS, { error: "offer.errors.contractRequired" }),
  jobs: z
    .array(z.string(), { error: "offer.errors.jobsRequired" })
    .min(1, { error: "offer.errors.jobsRequired" })
    .max(3, { error: "offer.errors.jobsTooMany" }),
  country: z.enum(COUNTRIES, { error: "offer.errors.countryRequired" }),
  city: z.string().trim().max(80, { error: "offer.errors.cityLong" }).default(""),
  remote: z.literal("on").optional(),
  languages: z
    .array(z.enum(LANGUAGES, { error: "offer.errors.languagesRequired" }), {
      error: "offer.errors.languagesRequired",
    })
    .min(1, { error: "offer.errors.languagesRequired" }),
  description: text(20, 5000, "description"),
  apply,
  closesOn: z.coerce
    .date({ error: "offer.errors.closesOnInvalid" })
    .refine((d) => d >= startOfToday(), { error: "offer.errors.closesOnPast" })
    .refine((d) => d.getTime() <= startOfToday().getTime() + MAX_DAYS_OPEN * DAY_MS, {
      error: "offer.errors.closesOnFar",
    }),
});
export type OfferInput = z.infer<typeof offerSchema>;

/** An offer shows in listings while open and until the end of its closing day. */
export function isListed(offer: { status: OfferStatus; closesOn: Date }, now = new Date()) {
  const endOfClosingDay = offer.closesOn.getTime() + DAY_MS;
  return offer.status === "open" && now.getTime() < endOfClosingDay;
}

/** Renewing keeps an offer open 30 more days from today, or from its closing day if later. */
export function renewedClosingDate(closesOn: Date, now = new Date()) {
  return new Date(Math.max(closesOn.getTime(), startOfToday(now).getTime()) + 30 * DAY_MS);
}
