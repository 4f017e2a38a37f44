import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";

import type { OfferEditorData, OfferFormDefaults } from "~/careers/offer-editor.tsx";
import { type OfferInput, offerSchema } from "~/careers/offer-schema.ts";
import { type findOwnOffer, isModerated, knownJobs } from "~/careers/offers.server.ts";
import { jobCards } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { isLanguage, type Language } from "~/i18n/languages.ts";

type Offer = NonNullable<Awaited<ReturnType<typeof findOwnOffer>>>;

/** What the new page's loader returns (and, given the offer, the edit page's). */
export function offerEditor(
  lang: Language,
  defaultValue: OfferFormDefaults,
  offer?: Offer,
): OfferEditorData & { meta: { title: string } } {
  const editing = Boolean(offer);
  return {
    lang,
    editing,
    moderated: offer ? isModerated(offer) : false,
    jobs: jobCards(lang).map(({ slug, title }) => ({ slug, title })),
    defaultValue,
    meta: {
      title: getFixedT(lang, "catalog")(editing ? "offer.form.editTitle" : "offer.form.newTitle"),
    },
  };
}

/** An offer as its form shows it. */
export function offerFormValues(offer: Offer): OfferFormDefaults {
  return {
    title: offer.title,
    organisation: offer.organisation,
    contract: offer.contract,
    jobs: offer.jobs.map((j) => j.job),
    country: offer.country,
    city: offer.city,
    remote: offer.remote ? "on" : undefined,
    languages: offer.languages.split(",").filter(isLanguage),
    description: offer.description,
    apply: offer.apply,
    closesOn: offer.closesOn.toISOString().slice(0, 10),
  };
}

/** Parses the offer form; unknown job profiles (a tampered form) count as none chosen. */
export async function parseOfferForm(request: Request) {
  const submission = parseWithZod(await request.formData(), { schema: offerSchema });
  if (submission.status !== "success") return { error: data(submission.reply(), { status: 400 }) };
  if (!knownJobs(submission.value.jobs).length) {
    return {
      error: data(submission.reply({ fieldErrors: { jobs: ["offer.errors.jobsRequired"] } }), {
        status: 400,
      }),
    };
  }
  return { value: submission.value };
}

/**
 * The new and edit pages' action, the recruiter known: the form parsed (a 400 with its errors),
 * then `save`, which says where to go next.
 */
export async function submitOfferForm(
  request: Request,
  save: (offer: OfferInput) => Promise<string>,
) {
  const parsed = await parseOfferForm(request);
  if (parsed.error) return parsed.error;
  return redirect(await save(parsed.value));
}
