import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";

import type { CohortEditorData, CohortFormDefaults } from "~/cohorts/cohort-editor.tsx";
import { type CohortInput, cohortSchema } from "~/cohorts/cohort-schema.ts";
import type { findOwnCohort } from "~/cohorts/cohorts.server.ts";
import { getContent } from "~/content/store.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";

type Cohort = NonNullable<Awaited<ReturnType<typeof findOwnCohort>>>;

/** What the new and edit pages' loaders return: the form's choices and starting values. */
export function cohortEditor(
  lang: Language,
  defaultValue: CohortFormDefaults,
  cohortId: string | null = null,
): CohortEditorData & { meta: { title: string } } {
  const mode = cohortId ? "edit" : "new";
  return {
    lang,
    cohortId,
    courses: getContent().courses.map((c) => ({ slug: c.slug, title: c.locales[lang].title })),
    paymentsEnabled: paymentsEnabled(),
    defaultValue,
    meta: { title: getFixedT(lang, "cohorts")(`cohort.form.${mode}Title`) },
  };
}

/** A cohort as its form shows it. */
export function cohortFormValues(cohort: Cohort): CohortFormDefaults {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    title: cohort.title,
    description: cohort.description,
    language: cohort.language,
    startsOn: day(cohort.startsOn),
    endsOn: day(cohort.endsOn),
    capacity: String(cohort.capacity),
    price: String(cohort.priceCents / 100),
    courses: cohort.courses.map((c) => c.course),
  };
}

/** Parses the cohort form; a price needs payments set up. */
export async function parseCohortForm(request: Request) {
  const submission = parseWithZod(await request.formData(), { schema: cohortSchema });
  if (submission.status !== "success") return { error: data(submission.reply(), { status: 400 }) };
  if (submission.value.price > 0 && !paymentsEnabled()) {
    return {
      error: data(
        submission.reply({ fieldErrors: { price: ["cohort.errors.priceNeedsStripe"] } }),
        { status: 400 },
      ),
    };
  }
  return { value: submission.value };
}

/**
 * The new and edit pages' action, the trainer known: the form parsed (a 400 with its errors),
 * then `save`, then the cohort's page.
 */
export async function submitCohortForm(
  request: Request,
  lang: Language,
  save: (cohort: CohortInput) => Promise<{ id: string }>,
) {
  const parsed = await parseCohortForm(request);
  if (parsed.error) return parsed.error;
  const cohort = await save(parsed.value);
  return redirect(`/${lang}/trainer/cohorts/${cohort.id}`);
}
