import { z } from "zod";

import { TIME_ZONES } from "~/cohorts/time-zones.ts";
import { LANGUAGES } from "~/i18n/languages.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "cohort.errors.dateInvalid" });

/** The cohort form, checked in the browser and again in the action; messages are translation keys. */
export const cohortSchema = z
  .object({
    title: z
      .string({ error: "cohort.errors.titleRequired" })
      .trim()
      .min(3, { error: "cohort.errors.titleRequired" })
      .max(120, { error: "cohort.errors.titleLong" }),
    description: z
      .string()
      .trim()
      .max(2000, { error: "cohort.errors.descriptionLong" })
      .default(""),
    language: z.enum(LANGUAGES, { error: "cohort.errors.languageRequired" }),
    startsOn: day,
    endsOn: day,
    capacity: z.coerce
      .number({ error: "cohort.errors.capacityInvalid" })
      .int({ error: "cohort.errors.capacityInvalid" })
      .min(1, { error: "cohort.errors.capacityInvalid" })
      .max(500, { error: "cohort.errors.capacityInvalid" }),
    price: z.coerce
      .number({ error: "cohort.errors.priceInvalid" })
      .min(0, { error: "cohort.errors.priceInvalid" })
      .max(5000, { error: "cohort.errors.priceInvalid" })
      .default(0),
    courses: z
      .array(z.string(), { error: "cohort.errors.coursesRequired" })
      .min(1, { error: "cohort.errors.coursesRequired" }),
  })
  .refine((c) => c.endsOn >= c.startsOn, {
    error: "cohort.errors.endBeforeStart",
    path: ["endsOn"],
  });
export type CohortInput = z.infer<typeof cohortSchema>;

export const liveSessionSchema = z.object({
  date: day,
  time: z.string().regex(/^\d{2}:\d{2}$/, { error: "cohort.errors.timeInvalid" }),
  timeZone: z.enum(TIME_ZONES, { error: "cohort.errors.timeZoneInvalid" }),
  durationMinutes: z.coerce
    .number({ error: "cohort.errors.durationInvalid" })
    .int({ error: "cohort.errors.durationInvalid" })
    .min(15, { error: "cohort.errors.durationInvalid" })
    .max(600, { error: "cohort.errors.durationInvalid" }),
  place: z
    .string({ error: "cohort.errors.placeRequired" })
    .trim()
    .min(2, { error: "cohort.errors.placeRequired" })
    .max(300, { error: "cohort.errors.placeLong" }),
});
export type LiveSessionInput = z.infer<typeof liveSessionSchema>;
