import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getUser, requireRole } from "~/account/auth.server.ts";
import { countryName } from "~/careers/country-names.ts";
import { findVisibleOffer, unpublishOffer } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { jobCards } from "~/content/queries.server.ts";
import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { isLanguage } from "~/i18n/languages.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const viewer = await getUser(request);
  const offer = await findVisibleOffer(params.id ?? "", viewer);
  invariantResponse(offer, "Offer not found");
  const isEmail = !offer.apply.startsWith("https://");
  return {
    lang,
    canUnpublish: viewer?.role === "admin" && offer.status !== "unpublished",
    offer: {
      title: offer.title,
      organisation: offer.organisation,
      contract: offer.contract,
      status: offer.status,
      place: [offer.city, countryName(offer.country, lang)].filter(Boolean).join(", "),
      remote: offer.remote,
      languages: offer.languages
        .split(",")
        .filter(isLanguage)
        .map((l) => LANGUAGE_NAMES[l]),
      description: offer.description,
      apply: offer.apply,
      isEmail,
      closesOn: new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(
        offer.closesOn,
      ),
      profiles: jobCards(
        lang,
        offer.jobs.map((j) => j.job),
      ).map(({ slug, title }) => ({ slug, title })),
    },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data && `${data.offer.title} · ${data.offer.organisation}`),
);

/** Admins take an offer off the board (for example one that breaks the academy's rules). */
export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  await requireRole(request, lang, "admin");
  await unpublishOffer(params.id ?? "");
  return redirect(`/${lang}/offers/${params.id}`);
}

export default function OfferPage() {
  const { lang, offer, canUnpublish } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  return (
    <article className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${lang}/offers`}>{t("offer.board.title")}</Link>
      </nav>
      <h1>{offer.title}</h1>
      {offer.status !== "open" ? (
        <p className="notice notice--bad" role="status">
          {offer.status === "unpublished"
            ? t("offer.detail.unpublished")
            : t("offer.detail.notListed")}
        </p>
      ) : null}
      <dl className="facts">
        <dt>{t("offer.detail.organisation")}</dt>
        <dd>{offer.organisation}</dd>
        <dt>{t("offer.detail.contract")}</dt>
        <dd>{t(`offer.contracts.${offer.contract}`)}</dd>
        <dt>{t("offer.detail.place")}</dt>
        <dd>
          {offer.place}
          {offer.remote ? ` (${t("offer.detail.remoteToo")})` : ""}
        </dd>
        <dt>{t("offer.detail.languages")}</dt>
        <dd>{offer.languages.join(", ")}</dd>
        <dt>{t("offer.detail.closes")}</dt>
        <dd>{offer.closesOn}</dd>
        <dt>{t("offer.detail.profiles")}</dt>
        <dd>
          {offer.profiles.map((p, i) => (
            <span key={p.slug}>
              {i ? ", " : ""}
              <Link to={`/${lang}/jobs/${p.slug}`}>{p.title}</Link>
            </span>
          ))}
        </dd>
      </dl>
      <div className="offer-description">{offer.description}</div>
      <h2>{t("offer.detail.howToApply")}</h2>
      <p>
        {offer.isEmail ? (
          <>
            {t("offer.detail.applyEmail")} <a href={`mailto:${offer.apply}`}>{offer.apply}</a>
          </>
        ) : (
          <a href={offer.apply} rel="noopener noreferrer nofollow" target="_blank">
            {t("offer.detail.applyLink")}
          </a>
        )}
      </p>
      {canUnpublish ? (
        <Form method="post">
          <button type="submit" className="button--danger">
            {t("offer.detail.unpublish")}
          </button>
        </Form>
      ) : null}
    </article>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="offers" />;
