import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireRole } from "~/account/auth.server.ts";
import { parseCohortForm } from "~/cohorts/cohort-action.server.ts";
import { CohortForm } from "~/cohorts/cohort-form.tsx";
import { findOwnCohort, updateCohort } from "~/cohorts/cohorts.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getContent } from "~/content/store.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { settleSeatsAfterEdit } from "~/payments/payments.server.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    lang,
    courses: getContent().courses.map((c) => ({ slug: c.slug, title: c.locales[lang].title })),
    paymentsEnabled: paymentsEnabled(),
    cohort: {
      title: cohort.title,
      description: cohort.description,
      language: cohort.language,
      startsOn: day(cohort.startsOn),
      endsOn: day(cohort.endsOn),
      capacity: String(cohort.capacity),
      price: String(cohort.priceCents / 100),
      courses: cohort.courses.map((c) => c.course),
    },
    meta: { title: getFixedT(lang, "cohorts")("cohort.form.editTitle") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  const parsed = await parseCohortForm(request);
  if (parsed.error) return parsed.error;
  await updateCohort(cohort.id, parsed.value);
  await settleSeatsAfterEdit(cohort.id);
  return redirect(`/${lang}/trainer/cohorts/${cohort.id}`);
}

export default function EditCohort() {
  const { courses, paymentsEnabled, cohort } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("cohorts");
  return (
    <div className="page narrow">
      <h1>{t("cohort.form.editTitle")}</h1>
      <CohortForm
        courses={courses}
        paymentsEnabled={paymentsEnabled}
        lastResult={lastResult}
        defaultValue={cohort}
        submitLabel={t("cohort.form.save")}
      />
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="cohorts" />;
