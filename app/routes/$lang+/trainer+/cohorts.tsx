import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireRole } from "~/account/auth.server.ts";
import { trainerCohorts } from "~/cohorts/cohorts.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const cohorts = await trainerCohorts(trainer.id);
  return {
    lang,
    cohorts: cohorts.map((c) => ({
      id: c.id,
      title: c.title,
      archived: Boolean(c.archivedAt),
      start: date.format(c.startsOn),
      end: date.format(c.endsOn),
      learners: c._count.enrollments,
    })),
    meta: { title: getFixedT(lang, "cohorts")("cohort.list.title") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export default function TrainerCohorts() {
  const { lang, cohorts } = useLoaderData<typeof loader>();
  const { t } = useTranslation("cohorts");
  return (
    <div className="page">
      <h1>{t("cohort.list.title")}</h1>
      <p className="lead">{t("cohort.list.lead")}</p>
      <p>
        <Link className="button" to={`/${lang}/trainer/cohorts/new`}>
          {t("cohort.list.new")}
        </Link>
      </p>
      {cohorts.length ? (
        <ul className="cards">
          {cohorts.map((cohort) => (
            <li key={cohort.id} className="card">
              <h2>
                <Link to={`/${lang}/trainer/cohorts/${cohort.id}`}>{cohort.title}</Link>
              </h2>
              <p className="card__facts">
                {t("cohort.list.dates", { start: cohort.start, end: cohort.end })} ·{" "}
                {t("cohort.list.learners", { count: cohort.learners })}
                {cohort.archived ? ` · ${t("cohort.list.archived")}` : ""}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("cohort.list.none")}</p>
      )}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="cohorts" />;
