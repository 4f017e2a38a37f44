import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { countryName } from "~/careers/country-names.ts";
import { parseOfferFilters } from "~/careers/offer-filters.server.ts";
import { CONTRACTS, COUNTRIES } from "~/careers/offer-schema.ts";
import { listOffers } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { FilterSelect } from "~/components/forms.tsx";
import { Pager } from "~/components/pager.tsx";
import { jobCards } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { LANGUAGES } from "~/i18n/languages.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const url = new URL(request.url);
  const filters = parseOfferFilters(url);
  const { total, pages, offers } = await listOffers(filters);
  const t = getFixedT(lang, "catalog");
  const titles = new Map(jobCards(lang).map((j) => [j.slug, j.title]));
  return {
    lang,
    filters,
    total,
    pages,
    query: url.searchParams.toString(),
    jobs: jobCards(lang).map(({ slug, title }) => ({ slug, title })),
    offers: offers.map((o) => ({
      id: o.id,
      title: o.title,
      organisation: o.organisation,
      contract: o.contract,
      place:
        o.remote && !o.city
          ? null
          : [o.city, countryName(o.country, lang)].filter(Boolean).join(", "),
      remote: o.remote,
      closesOn: o.closesOn.toISOString().slice(0, 10),
      profiles: o.jobs.map((j) => titles.get(j.job) ?? j.job),
    })),
    meta: { title: t("offer.board.title"), description: t("offer.board.lead") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description),
);

export default function OffersBoard() {
  const { lang, filters, total, pages, query, jobs, offers } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  const pageLink = (page: number) => {
    const search = new URLSearchParams(query);
    search.set("page", String(page));
    return `/${lang}/offers?${search}`;
  };
  const filtered = Boolean(filters.job || filters.contract || filters.place || filters.language);
  return (
    <div className="page">
      <h1>{t("offer.board.title")}</h1>
      <p className="lead">{t("offer.board.lead")}</p>
      <Form
        method="get"
        className="filters"
        key={query}
        role="search"
        aria-label={t("offer.board.filters")}
      >
        <FilterSelect
          name="job"
          label={t("offer.board.job")}
          allLabel={t("offer.board.all")}
          value={filters.job}
          options={jobs.map((job) => ({ value: job.slug, label: job.title }))}
        />
        <FilterSelect
          name="contract"
          label={t("offer.board.contract")}
          allLabel={t("offer.board.all")}
          value={filters.contract}
          options={CONTRACTS.map((c) => ({ value: c, label: t(`offer.contracts.${c}`) }))}
        />
        <FilterSelect
          name="place"
          label={t("offer.board.place")}
          allLabel={t("offer.board.all")}
          value={filters.place}
          options={[
            { value: "remote", label: t("offer.board.remote") },
            ...COUNTRIES.map((code) => ({ value: code, label: countryName(code, lang) })),
          ]}
        />
        <FilterSelect
          name="language"
          label={t("offer.board.language")}
          allLabel={t("offer.board.all")}
          value={filters.language}
          options={LANGUAGES.map((code) => ({
            value: code,
            label: LANGUAGE_NAMES[code],
            lang: code,
          }))}
        />
        <div className="filters__actions">
          <button type="submit">{t("offer.board.apply")}</button>
          {filtered ? <a href={`/${lang}/offers`}>{t("offer.board.reset")}</a> : null}
        </div>
      </Form>
      <p role="status" className="results-count">
        {t("offer.board.count", { count: total })}
      </p>
      {offers.length ? (
        <ul className="cards">
          {offers.map((offer) => (
            <li key={offer.id} className="card">
              <h2>
                <Link to={`/${lang}/offers/${offer.id}`}>{offer.title}</Link>
              </h2>
              <p>{offer.organisation}</p>
              <p className="card__facts">
                {t(`offer.contracts.${offer.contract}`)} ·{" "}
                {offer.place ?? t("offer.detail.remoteOnly")}
                {offer.remote && offer.place ? ` (${t("offer.detail.remoteToo")})` : ""} ·{" "}
                {t("offer.detail.closes")} {offer.closesOn}
              </p>
              <p className="card__facts">{offer.profiles.join(", ")}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("offer.board.none")}</p>
      )}
      <Pager page={filters.page} pages={pages} href={pageLink} />
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="offers" />;
