import type { SubmissionResult } from "@conform-to/react";
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";

import { cohortSchema } from "~/cohorts/cohort-schema.ts";
import { CheckboxGroup } from "~/components/checkbox-group.tsx";
import { FormField } from "~/components/form-field.tsx";
import { LanguageOptions } from "~/components/language-options.tsx";

export type CohortFormDefaults = {
  [K in keyof z.input<typeof cohortSchema>]?: K extends "courses" ? string[] : string;
};

type Props = {
  courses: { slug: string; title: string }[];
  paymentsEnabled: boolean;
  lastResult?: SubmissionResult<string[]>;
  defaultValue?: CohortFormDefaults;
  submitLabel: string;
};

/** A trainer's cohort: title, language, dates, seats, price and courses. */
export function CohortForm({
  courses,
  paymentsEnabled,
  lastResult,
  defaultValue,
  submitLabel,
}: Props) {
  const { t } = useTranslation("cohorts");
  const [form, fields] = useForm<z.input<typeof cohortSchema>>({
    lastResult,
    defaultValue,
    constraint: getZodConstraint(cohortSchema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: cohortSchema }),
  });
  const errors = (list?: string[]) => list?.map((key) => t(key as "cohort.errors.titleRequired"));
  return (
    <Form method="post" {...getFormProps(form)}>
      <FormField
        id={fields.title.id}
        label={t("cohort.form.title")}
        errors={errors(fields.title.errors)}
      >
        <input {...getInputProps(fields.title, { type: "text" })} />
      </FormField>
      <FormField
        id={fields.description.id}
        label={t("cohort.form.description")}
        errors={errors(fields.description.errors)}
      >
        <textarea {...getTextareaProps(fields.description)} rows={4} />
      </FormField>
      <FormField
        id={fields.language.id}
        label={t("cohort.form.language")}
        errors={errors(fields.language.errors)}
      >
        <select {...getSelectProps(fields.language)}>
          <LanguageOptions />
        </select>
      </FormField>
      <FormField
        id={fields.startsOn.id}
        label={t("cohort.form.startsOn")}
        errors={errors(fields.startsOn.errors)}
      >
        <input {...getInputProps(fields.startsOn, { type: "date" })} />
      </FormField>
      <FormField
        id={fields.endsOn.id}
        label={t("cohort.form.endsOn")}
        errors={errors(fields.endsOn.errors)}
      >
        <input {...getInputProps(fields.endsOn, { type: "date" })} />
      </FormField>
      <FormField
        id={fields.capacity.id}
        label={t("cohort.form.capacity")}
        errors={errors(fields.capacity.errors)}
      >
        <input {...getInputProps(fields.capacity, { type: "number" })} inputMode="numeric" />
      </FormField>
      <FormField
        id={fields.price.id}
        label={t("cohort.form.price")}
        hint={paymentsEnabled ? undefined : t("cohort.form.priceDisabled")}
        errors={errors(fields.price.errors)}
      >
        <input
          {...getInputProps(fields.price, { type: "number" })}
          step="0.01"
          readOnly={!paymentsEnabled}
        />
      </FormField>
      <CheckboxGroup
        field={fields.courses}
        legend={t("cohort.form.courses")}
        options={courses.map((c) => ({ value: c.slug, label: c.title }))}
        errors={errors(fields.courses.errors)}
      />
      <button type="submit">{submitLabel}</button>
    </Form>
  );
}
