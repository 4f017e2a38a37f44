import type { SubmissionResult } from "@conform-to/react";
import { useTranslation } from "react-i18next";

import { liveSessionSchema } from "~/cohorts/cohort-schema.ts";
import { TIME_ZONES } from "~/cohorts/time-zones.ts";
import { ConformForm, Field, SelectField } from "~/components/forms.tsx";
import { useAppForm } from "~/utils/use-app-form.ts";

export function LiveSessionForm({
  lastResult,
}: {
  lastResult?: SubmissionResult<string[]> | null;
}) {
  const { t } = useTranslation("cohorts");
  const [form, fields] = useAppForm(liveSessionSchema, {
    id: "add-session",
    lastResult,
    defaultValue: { timeZone: "Europe/Paris", durationMinutes: "120" },
  });
  return (
    <ConformForm
      form={form}
      messages="cohorts"
      intent="add-session"
      aria-labelledby="add-session-title"
    >
      <h3 id="add-session-title">{t("cohort.page.addSession")}</h3>
      <Field field={fields.date} type="date" label={t("cohort.page.date")} />
      <Field field={fields.time} type="time" label={t("cohort.page.time")} />
      <SelectField field={fields.timeZone} label={t("cohort.page.timeZone")}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <Field
        field={fields.durationMinutes}
        type="number"
        label={t("cohort.page.duration")}
        inputMode="numeric"
      />
      <Field field={fields.place} label={t("cohort.page.place")} />
      <button type="submit">{t("cohort.page.addSession")}</button>
    </ConformForm>
  );
}
