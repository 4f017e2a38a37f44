import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { FilterSelect } from "~/components/forms.tsx";
import { CourseList } from "~/content/course-list.tsx";
import { DigCompAreaFilter } from "~/content/digcomp-area-filter.tsx";
import { parseCatalogueFilters, searchCourses } from "~/content/queries.server.ts";
import { LEVELS, THEMES } from "~/content/vocabulary.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseCatalogueFilters(query);
  const t = getFixedT(lang, "catalog");
  return {
    lang,
    filters,
    courses: searchCourses(lang, filters),
    meta: { title: t("catalogue.title"), description: t("catalogue.lead") },
  };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description),
);

export default function Catalogue() {
  const { lang, filters, courses } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  const filtered = Boolean(filters.q || filters.theme || filters.level || filters.area);
  return (
    <div className="page">
      <h1>{t("catalogue.title")}</h1>
      <p className="lead">{t("catalogue.lead")}</p>
      <Form
        key={JSON.stringify(filters)}
        method="get"
        className="filters"
        role="search"
        aria-label={t("catalogue.filters")}
      >
        <div className="field">
          <label htmlFor="q">{t("catalogue.search")}</label>
          <input id="q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={100} />
        </div>
        <FilterSelect
          name="theme"
          label={t("catalogue.theme")}
          allLabel={t("catalogue.all")}
          value={filters.theme}
          options={THEMES.map((theme) => ({ value: theme, label: t(`themes.${theme}`) }))}
        />
        <FilterSelect
          name="level"
          label={t("catalogue.level")}
          allLabel={t("catalogue.all")}
          value={filters.level}
          options={LEVELS.map((level) => ({ value: level, label: t(`levels.${level}`) }))}
        />
        <DigCompAreaFilter value={filters.area} />
        <div className="filters__actions">
          <button type="submit">{t("catalogue.apply")}</button>
          {filtered ? <a href={`/${lang}/courses`}>{t("catalogue.reset")}</a> : null}
        </div>
      </Form>
      <p role="status" className="results-count">
        {t("catalogue.count", { count: courses.length })}
      </p>
      {courses.length ? (
        <CourseList lang={lang} courses={courses} headingLevel={2} />
      ) : (
        <p>{t("catalogue.none")}</p>
      )}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="courses" />;
