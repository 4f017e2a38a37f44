import type { SubmissionResult } from "@conform-to/react";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";

import { cohortSchema } from "~/cohorts/cohort-schema.ts";
import { EditorPage } from "~/components/editor-page.tsx";
import {
  CheckboxGroupField,
  ConformForm,
  Field,
  SelectField,
  TextareaField,
} from "~/components/forms.tsx";
import { LanguageOptions } from "~/components/language-options.tsx";
import type { Language } from "~/i18n/languages.ts";
import { useAppForm } from "~/utils/use-app-form.ts";

/** What the form starts with: every field as the browser would send it. */
export type CohortFormDefaults = {
  [K in keyof z.input<typeof cohortSchema>]?: K extends "courses" ? string[] : string;
};

/** What the new and edit pages' loaders return (see cohort-editor.server.ts). */
export type CohortEditorData = {
  lang: Language;
  /** The cohort edited; null on the new cohort's page. */
  cohortId: string | null;
  courses: { slug: string; title: string }[];
  paymentsEnabled: boolean;
  defaultValue: CohortFormDefaults;
};

/** The new and edit pages of a cohort: title, language, dates, seats, price and courses. */
export function CohortEditor() {
  const { lang, cohortId, courses, paymentsEnabled, defaultValue } =
    useLoaderData<CohortEditorData>();
  const lastResult = useActionData<SubmissionResult<string[]>>();
  const { t } = useTranslation("cohorts");
  const [form, fields] = useAppForm(cohortSchema, { lastResult, defaultValue });
  const cohorts = `/${lang}/trainer/cohorts`;
  return (
    <EditorPage
      heading={t(cohortId ? "cohort.form.editTitle" : "cohort.form.newTitle")}
      back={cohortId ? `${cohorts}/${cohortId}` : cohorts}
    >
      <ConformForm form={form} messages="cohorts">
        <Field field={fields.title} label={t("cohort.form.title")} />
        <TextareaField field={fields.description} label={t("cohort.form.description")} rows={4} />
        <SelectField field={fields.language} label={t("cohort.form.language")}>
          <LanguageOptions />
        </SelectField>
        <Field field={fields.startsOn} type="date" label={t("cohort.form.startsOn")} />
        <Field field={fields.endsOn} type="date" label={t("cohort.form.endsOn")} />
        <Field
          field={fields.capacity}
          type="number"
          label={t("cohort.form.capacity")}
          inputMode="numeric"
        />
        <Field
          field={fields.price}
          type="number"
          label={t("cohort.form.price")}
          hint={paymentsEnabled ? undefined : t("cohort.form.priceDisabled")}
          step="0.01"
          readOnly={!paymentsEnabled}
        />
        <CheckboxGroupField
          field={fields.courses}
          legend={t("cohort.form.courses")}
          options={courses.map((c) => ({ value: c.slug, label: c.title }))}
        />
        <button type="submit">{t(cohortId ? "cohort.form.save" : "cohort.form.create")}</button>
      </ConformForm>
    </EditorPage>
  );
}
