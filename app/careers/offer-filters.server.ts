import { z } from "zod";

import { CONTRACTS, COUNTRIES } from "~/careers/offer-schema.ts";
import type { OfferFilters } from "~/careers/offers.server.ts";
import { LANGUAGES } from "~/i18n/languages.ts";

/** Board filters from the query string; an unknown value is ignored rather than refused. */
const filtersSchema = z.object({
  job: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  contract: z.enum(CONTRACTS).optional().catch(undefined),
  place: z
    .enum([...COUNTRIES, "remote"])
    .optional()
    .catch(undefined),
  language: z.enum(LANGUAGES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export function parseOfferFilters(url: URL): OfferFilters {
  return filtersSchema.parse(Object.fromEntries(url.searchParams));
}
