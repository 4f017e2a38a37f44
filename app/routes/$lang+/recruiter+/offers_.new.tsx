import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireRole } from "~/account/auth.server.ts";
import { parseOfferForm } from "~/careers/offer-action.server.ts";
import { OfferForm } from "~/careers/offer-form.tsx";
import { createOffer } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { findJob, jobCards } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "recruiter");
  const preset = findJob(new URL(request.url).searchParams.get("job") ?? "");
  return {
    lang,
    presetJobs: preset ? [preset.slug] : [],
    jobs: jobCards(lang).map(({ slug, title }) => ({ slug, title })),
    meta: { title: getFixedT(lang, "catalog")("offer.form.newTitle") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const parsed = await parseOfferForm(request);
  if (parsed.error) return parsed.error;
  await createOffer(recruiter.id, parsed.value);
  return redirect(`/${lang}/recruiter/offers?done=created`);
}

export default function NewOffer() {
  const { lang, jobs, presetJobs } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("catalog");
  return (
    <div className="page narrow">
      <h1>{t("offer.form.newTitle")}</h1>
      <OfferForm
        lang={lang}
        jobs={jobs}
        lastResult={lastResult}
        defaultValue={{ languages: [lang], jobs: presetJobs }}
        submitLabel={t("offer.form.publish")}
      />
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="recruiterOffers" />;
