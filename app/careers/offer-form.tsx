import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";

import { countryName } from "~/careers/country-names.ts";
import { CONTRACTS, COUNTRIES, offerSchema } from "~/careers/offer-schema.ts";
import { CheckboxGroup } from "~/components/checkbox-group.tsx";
import { FormField } from "~/components/form-field.tsx";
import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { type Language, LANGUAGES } from "~/i18n/languages.ts";

/** What the form starts with when editing: every field as the browser would send it. */
export type OfferFormDefaults = {
  [K in keyof z.input<typeof offerSchema>]?: K extends "jobs" | "languages" ? string[] : string;
};

type Props = {
  lang: Language;
  jobs: { slug: string; title: string }[];
  lastResult?: SubmissionResult<string[]>;
  defaultValue?: OfferFormDefaults;
  submitLabel: string;
};

/** The recruiter's offer form: one Zod schema checked here and again in the action. */
export function OfferForm({ lang, jobs, lastResult, defaultValue, submitLabel }: Props) {
  const { t } = useTranslation("catalog");
  const [form, fields] = useForm<z.input<typeof offerSchema>>({
    lastResult,
    defaultValue,
    constraint: getZodConstraint(offerSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: offerSchema }),
  });
  const errors = (list?: string[]) => list?.map((key) => t(key as "offer.errors.titleRequired"));
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormField
        id={fields.title.id}
        label={t("offer.form.title")}
        errors={errors(fields.title.errors)}
      >
        <input {...getInputProps(fields.title, { type: "text" })} />
      </FormField>
      <FormField
        id={fields.organisation.id}
        label={t("offer.form.organisation")}
        errors={errors(fields.organisation.errors)}
      >
        <input
          {...getInputProps(fields.organisation, { type: "text" })}
          autoComplete="organization"
        />
      </FormField>
      <FormField
        id={fields.contract.id}
        label={t("offer.form.contract")}
        errors={errors(fields.contract.errors)}
      >
        <select {...getSelectProps(fields.contract)}>
          <option value="">—</option>
          {CONTRACTS.map((c) => (
            <option key={c} value={c}>
              {t(`offer.contracts.${c}`)}
            </option>
          ))}
        </select>
      </FormField>
      <CheckboxGroup
        field={fields.jobs}
        legend={t("offer.form.jobs")}
        options={jobs.map((j) => ({ value: j.slug, label: j.title }))}
        errors={errors(fields.jobs.errors)}
      />
      <FormField
        id={fields.country.id}
        label={t("offer.form.country")}
        errors={errors(fields.country.errors)}
      >
        <select {...getSelectProps(fields.country)}>
          <option value="">—</option>
          {COUNTRIES.map((code) => (
            <option key={code} value={code}>
              {countryName(code, lang)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={fields.city.id}
        label={t("offer.form.city")}
        errors={errors(fields.city.errors)}
      >
        <input {...getInputProps(fields.city, { type: "text" })} />
      </FormField>
      <div className="field field--check">
        <input {...getInputProps(fields.remote, { type: "checkbox" })} />
        <label htmlFor={fields.remote.id}>{t("offer.form.remote")}</label>
      </div>
      <CheckboxGroup
        field={fields.languages}
        legend={t("offer.form.languages")}
        options={LANGUAGES.map((code) => ({
          value: code,
          label: LANGUAGE_NAMES[code],
          lang: code,
        }))}
        errors={errors(fields.languages.errors)}
      />
      <FormField
        id={fields.description.id}
        label={t("offer.form.description")}
        hint={t("offer.form.descriptionHint")}
        errors={errors(fields.description.errors)}
      >
        <textarea {...getTextareaProps(fields.description)} rows={10} />
      </FormField>
      <FormField
        id={fields.apply.id}
        label={t("offer.form.apply")}
        hint={t("offer.form.applyHint")}
        errors={errors(fields.apply.errors)}
      >
        <input {...getInputProps(fields.apply, { type: "text" })} />
      </FormField>
      <FormField
        id={fields.closesOn.id}
        label={t("offer.form.closesOn")}
        errors={errors(fields.closesOn.errors)}
      >
        <input {...getInputProps(fields.closesOn, { type: "date" })} />
      </FormField>
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
