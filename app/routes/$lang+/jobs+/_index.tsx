import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";

import { filterJobs } from "~/careers/job-filters.ts";
import { JobList } from "~/careers/job-list.tsx";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { FilterSelect } from "~/components/forms.tsx";
import { DIGCOMP_AREAS } from "~/content/digcomp.ts";
import { DigCompAreaFilter } from "~/content/digcomp-area-filter.tsx";
import { toJobCard } from "~/content/queries.server.ts";
import { getContent } from "~/content/store.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

/** Unknown filter values (an edited URL) are ignored rather than refused. */
const filtersSchema = z.object({
  area: z.enum(DIGCOMP_AREAS).optional().catch(undefined),
  course: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
});

export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const filters = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { jobs, courses } = getContent();
  const t = getFixedT(lang, "catalog");
  return {
    lang,
    filters,
    courses: courses.map((c) => ({ slug: c.slug, title: c.locales[lang].title })),
    jobs: filterJobs(jobs, courses, filters).map((j) => toJobCard(j, lang)),
    meta: { title: t("jobs.title"), description: t("jobs.lead") },
  };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description),
);

export default function Jobs() {
  const { lang, filters, courses, jobs } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  const filtered = Boolean(filters.area || filters.course);
  return (
    <div className="page">
      <h1>{t("jobs.title")}</h1>
      <p className="lead">{t("jobs.lead")}</p>
      <Form
        method="get"
        className="filters"
        key={JSON.stringify(filters)}
        role="search"
        aria-label={t("jobs.filters")}
      >
        <DigCompAreaFilter value={filters.area} />
        <FilterSelect
          name="course"
          label={t("jobs.course")}
          allLabel={t("catalogue.all")}
          value={filters.course}
          options={courses.map((course) => ({ value: course.slug, label: course.title }))}
        />
        <div className="filters__actions">
          <button type="submit">{t("jobs.apply")}</button>
          {filtered ? <a href={`/${lang}/jobs`}>{t("catalogue.reset")}</a> : null}
        </div>
      </Form>
      <p role="status" className="results-count">
        {t("jobs.count", { count: jobs.length })}
      </p>
      <JobList lang={lang} jobs={jobs} headingLevel={2} />
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="jobs" />;
