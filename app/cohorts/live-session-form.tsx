import {
  getFormProps,
  getInputProps,
  getSelectProps,
  type SubmissionResult,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { liveSessionSchema } from "~/cohorts/cohort-schema.ts";
import { TIME_ZONES } from "~/cohorts/time-zones.ts";
import { FormField } from "~/components/form-field.tsx";

export function LiveSessionForm({
  lastResult,
}: {
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const { t } = useTranslation("cohorts");
  const [form, fields] = useForm({
    id: "add-session",
    lastResult,
    constraint: getZodConstraint(liveSessionSchema),
    defaultValue: { timeZone: "Europe/Paris", durationMinutes: "120" },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: liveSessionSchema }),
  });
  const errors = (list?: string[]) => list?.map((key) => t(key as "cohort.errors.timeInvalid"));
  return (
    <Form method="post" {...getFormProps(form)} aria-labelledby="add-session-title">
      <h3 id="add-session-title">{t("cohort.page.addSession")}</h3>
      <input type="hidden" name="intent" value="add-session" />
      <FormField
        id={fields.date.id}
        label={t("cohort.page.date")}
        errors={errors(fields.date.errors)}
      >
        <input {...getInputProps(fields.date, { type: "date" })} />
      </FormField>
      <FormField
        id={fields.time.id}
        label={t("cohort.page.time")}
        errors={errors(fields.time.errors)}
      >
        <input {...getInputProps(fields.time, { type: "time" })} />
      </FormField>
      <FormField
        id={fields.timeZone.id}
        label={t("cohort.page.timeZone")}
        errors={errors(fields.timeZone.errors)}
      >
        <select {...getSelectProps(fields.timeZone)}>
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        id={fields.durationMinutes.id}
        label={t("cohort.page.duration")}
        errors={errors(fields.durationMinutes.errors)}
      >
        <input {...getInputProps(fields.durationMinutes, { type: "number" })} inputMode="numeric" />
      </FormField>
      <FormField
        id={fields.place.id}
        label={t("cohort.page.place")}
        errors={errors(fields.place.errors)}
      >
        <input {...getInputProps(fields.place, { type: "text" })} />
      </FormField>
      <button type="submit">{t("cohort.page.addSession")}</button>
    </Form>
  );
}
