import type { SubmissionResult } from "@conform-to/react";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";

import { countryName } from "~/careers/country-names.ts";
import { CONTRACTS, COUNTRIES, offerSchema } from "~/careers/offer-schema.ts";
import { EditorPage } from "~/components/editor-page.tsx";
import {
  CheckboxField,
  CheckboxGroupField,
  ConformForm,
  Field,
  SelectField,
  TextareaField,
} from "~/components/forms.tsx";
import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { type Language, LANGUAGES } from "~/i18n/languages.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

/** What the form starts with: every field as the browser would send it. */
export type OfferFormDefaults = {
  [K in keyof z.input<typeof offerSchema>]?: K extends "jobs" | "languages" ? string[] : string;
};

/** What the new and edit pages' loaders return (see offer-editor.server.ts). */
export type OfferEditorData = {
  lang: Language;
  editing: boolean;
  jobs: { slug: string; title: string }[];
  defaultValue: OfferFormDefaults;
  /** An admin unpublished the offer: the page says so instead of showing the form. */
  moderated: boolean;
};

/** The new and edit pages of a recruiter's offer. */
export function OfferEditor() {
  const { lang, editing, moderated, ...form } = useLoaderData<OfferEditorData>();
  const { t } = useTranslation("catalog");
  return (
    <EditorPage
      heading={t(editing ? "offer.form.editTitle" : "offer.form.newTitle")}
      back={`/${lang}/recruiter/offers`}
      backLabel={moderated ? t("offer.recruiter.title") : undefined}
    >
      {moderated ? (
        <p className="notice notice--bad">{t("offer.recruiter.moderated")}</p>
      ) : (
        <OfferForm
          lang={lang}
          {...form}
          submitLabel={t(editing ? "offer.form.save" : "offer.form.publish")}
        />
      )}
    </EditorPage>
  );
}

type Props = Pick<OfferEditorData, "lang" | "jobs" | "defaultValue"> & { submitLabel: string };

/** The offer form: one Zod schema checked here and again in the action. */
function OfferForm({ lang, jobs, defaultValue, submitLabel }: Props) {
  const { t } = useTranslation("catalog");
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const [form, fields] = useAppForm(offerSchema, { lastResult, defaultValue });
  return (
    <ConformForm form={form} messages="catalog">
      <Field field={fields.title} label={t("offer.form.title")} />
      <Field
        field={fields.organisation}
        label={t("offer.form.organisation")}
        autoComplete="organization"
      />
      <SelectField field={fields.contract} label={t("offer.form.contract")}>
        <option value="">—</option>
        {CONTRACTS.map((c) => (
          <option key={c} value={c}>
            {t(`offer.contracts.${c}`)}
          </option>
        ))}
      </SelectField>
      <CheckboxGroupField
        field={fields.jobs}
        legend={t("offer.form.jobs")}
        options={jobs.map((j) => ({ value: j.slug, label: j.title }))}
      />
      <SelectField field={fields.country} label={t("offer.form.country")}>
        <option value="">—</option>
        {COUNTRIES.map((code) => (
          <option key={code} value={code}>
            {countryName(code, lang)}
          </option>
        ))}
      </SelectField>
      <Field field={fields.city} label={t("offer.form.city")} />
      <CheckboxField field={fields.remote} label={t("offer.form.remote")} />
      <CheckboxGroupField
        field={fields.languages}
        legend={t("offer.form.languages")}
        options={LANGUAGES.map((code) => ({
          value: code,
          label: LANGUAGE_NAMES[code],
          lang: code,
        }))}
      />
      <TextareaField
        field={fields.description}
        label={t("offer.form.description")}
        hint={t("offer.form.descriptionHint")}
        rows={10}
      />
      <Field field={fields.apply} label={t("offer.form.apply")} hint={t("offer.form.applyHint")} />
      <Field field={fields.closesOn} type="date" label={t("offer.form.closesOn")} />
      <button type="submit">{submitLabel}</button>
    </ConformForm>
  );
}
