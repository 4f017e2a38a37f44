import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CourseList } from "../components/course-list.tsx";
import { DIGCOMP_AREAS } from "../content/digcomp.ts";
import { parseCatalogueFilters, searchCourses } from "../content/queries.server.ts";
import { LEVELS, THEMES } from "../content/vocabulary.ts";
import { getFixedT } from "../i18next.server.ts";
import { requireLanguage } from "../utils/invariant.ts";
import { pageMeta } from "../utils/meta.ts";

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

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description);

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
        <div className="field">
          <label htmlFor="theme">{t("catalogue.theme")}</label>
          <select id="theme" name="theme" defaultValue={filters.theme ?? ""}>
            <option value="">{t("catalogue.all")}</option>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {t(`themes.${theme}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="level">{t("catalogue.level")}</label>
          <select id="level" name="level" defaultValue={filters.level ?? ""}>
            <option value="">{t("catalogue.all")}</option>
            {LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`levels.${level}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="area">{t("catalogue.area")}</label>
          <select id="area" name="area" defaultValue={filters.area ?? ""}>
            <option value="">{t("catalogue.all")}</option>
            {DIGCOMP_AREAS.map((area) => (
              <option key={area} value={area}>
                {area}. {t(`digcomp.areas.${area}`)}
              </option>
            ))}
          </select>
        </div>
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
