import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { requireRole } from "~/account/auth.server.ts";
import { cohortEditor, submitCohortForm } from "~/cohorts/cohort-editor.server.ts";
import { createCohort } from "~/cohorts/cohorts.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "trainer");
  return cohortEditor(lang, { language: lang, capacity: "12", price: "0" });
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  return submitCohortForm(request, lang, (cohort) => createCohort(trainer.id, cohort));
}

export { CohortEditor as default } from "~/cohorts/cohort-editor.tsx";

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="cohorts" />;
