import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireRole } from "~/account/auth.server.ts";
import { parseOfferForm } from "~/careers/offer-action.server.ts";
import { OfferForm } from "~/careers/offer-form.tsx";
import { findOwnOffer, isModerated, updateOffer } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { jobCards } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { isLanguage } from "~/i18n/languages.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const offer = await findOwnOffer(recruiter, params.id ?? "");
  invariantResponse(offer, "Offer not found");
  return {
    lang,
    moderated: isModerated(offer),
    jobs: jobCards(lang).map(({ slug, title }) => ({ slug, title })),
    offer: {
      title: offer.title,
      organisation: offer.organisation,
      contract: offer.contract,
      jobs: offer.jobs.map((j) => j.job),
      country: offer.country,
      city: offer.city,
      remote: offer.remote ? "on" : undefined,
      languages: offer.languages.split(",").filter(isLanguage),
      description: offer.description,
      apply: offer.apply,
      closesOn: offer.closesOn.toISOString().slice(0, 10),
    },
    meta: { title: getFixedT(lang, "catalog")("offer.form.editTitle") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const recruiter = await requireRole(request, lang, "recruiter");
  const offer = await findOwnOffer(recruiter, params.id ?? "");
  invariantResponse(offer, "Offer not found");
  const parsed = await parseOfferForm(request);
  if (parsed.error) return parsed.error;
  const saved = await updateOffer(offer.id, parsed.value);
  return redirect(`/${lang}/recruiter/offers?done=${saved ? "saved" : "moderated"}`);
}

export default function EditOffer() {
  const { lang, jobs, offer, moderated } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const { t } = useTranslation("catalog");
  return (
    <div className="page narrow">
      <h1>{t("offer.form.editTitle")}</h1>
      {moderated ? (
        <>
          <p className="notice notice--bad">{t("offer.recruiter.moderated")}</p>
          <p>
            <Link to={`/${lang}/recruiter/offers`}>{t("offer.recruiter.title")}</Link>
          </p>
        </>
      ) : (
        <OfferForm
          lang={lang}
          jobs={jobs}
          lastResult={lastResult}
          defaultValue={offer}
          submitLabel={t("offer.form.save")}
        />
      )}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="recruiterOffers" />;
