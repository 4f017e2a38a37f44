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
import { createCohort } from "~/cohorts/cohorts.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getContent } from "~/content/store.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "trainer");
  return {
    lang,
    courses: getContent().courses.map((c) => ({ slug: c.slug, title: c.locales[lang].title })),
    paymentsEnabled: paymentsEnabled(),
    meta: { title: getFixedT(lang, "cohorts")("cohort.form.newTitle") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const parsed = await parseCohortForm(request);
  if (parsed.error) return parsed.error;
  const cohort = await createCohort(trainer.id, parsed.value);
  return redirect(`/${lang}/trainer/cohorts/${cohort.id}`);
}

export default function NewCohort() {
  const { lang, courses, paymentsEnabled } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("cohorts");
  return (
    <div className="page narrow">
      <h1>{t("cohort.form.newTitle")}</h1>
      <CohortForm
        courses={courses}
        paymentsEnabled={paymentsEnabled}
        lastResult={lastResult}
        defaultValue={{ language: lang, capacity: "12", price: "0" }}
        submitLabel={t("cohort.form.create")}
      />
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="cohorts" />;
