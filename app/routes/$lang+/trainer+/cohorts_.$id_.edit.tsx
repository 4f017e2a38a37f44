import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";

import { requireRole } from "~/account/auth.server.ts";
import {
  cohortEditor,
  cohortFormValues,
  submitCohortForm,
} from "~/cohorts/cohort-editor.server.ts";
import { findOwnCohort, updateCohort } from "~/cohorts/cohorts.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { settleSeatsAfterEdit } from "~/payments/payments.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  return cohortEditor(lang, cohortFormValues(cohort), cohort.id);
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  return submitCohortForm(request, lang, async (values) => {
    await updateCohort(cohort.id, values);
    await settleSeatsAfterEdit(cohort.id);
    return cohort;
  });
}

export { CohortEditor as default } from "~/cohorts/cohort-editor.tsx";

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="cohorts" />;
