import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { requireUser } from "~/account/auth.server.ts";
import { targetJobsProgress } from "~/careers/job-skills.server.ts";
import { learnerCohorts } from "~/cohorts/learner-cohorts.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { CourseLinks } from "~/content/course-links.tsx";
import { CourseList } from "~/content/course-list.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { learnerDashboard } from "~/learning/dashboard.server.ts";
import { completedIn, progressByCourse } from "~/learning/progress.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const progress = await progressByCourse(user.id);
  const [dashboard, targets, cohorts] = await Promise.all([
    learnerDashboard(user.id, lang, progress),
    targetJobsProgress(user.id, lang, completedIn(progress)),
    learnerCohorts(user.id, lang),
  ]);
  return {
    lang,
    name: user.name,
    dashboard,
    targets,
    cohorts,
    meta: { title: getFixedT(lang, "account")("learn.title") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export default function LearnerDashboard() {
  const { lang, name, dashboard, targets, cohorts } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation("account");
  const { t: tCatalog } = useTranslation("catalog");
  const { t: tCohorts } = useTranslation("cohorts");
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="page">
      <h1>{t("learn.title")}</h1>
      <p className="lead">{t("learn.hello", { name })}</p>
      {cohorts.length ? (
        <section aria-labelledby="cohorts">
          <h2 id="cohorts">{tCohorts("cohort.learn.title")}</h2>
          <ul className="cards">
            {cohorts.map((cohort) => (
              <li key={cohort.id} className="card">
                <h3>
                  <Link to={`/${lang}/join/${cohort.code}`}>{cohort.title}</Link>
                </h3>
                <p className="card__facts">{tCohorts(`cohort.page.status.${cohort.status}`)}</p>
                <p>
                  {cohort.next
                    ? `${tCohorts("cohort.learn.next")} ${cohort.next}`
                    : tCohorts("cohort.learn.noNext")}
                </p>
                {cohort.courses.length ? (
                  <>
                    <p>{tCohorts("cohort.learn.courses")}</p>
                    <CourseLinks lang={lang} courses={cohort.courses} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="in-progress">
        <h2 id="in-progress">{t("learn.inProgress")}</h2>
        {dashboard.inProgress.length ? (
          <ul className="cards">
            {dashboard.inProgress.map((course) => (
              <li key={course.slug} className="card">
                <h3>
                  <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
                </h3>
                <label htmlFor={`progress-${course.slug}`}>{t("progress.label")}</label>
                <progress id={`progress-${course.slug}`} max={100} value={course.progress.percent}>
                  {course.progress.percent}%
                </progress>
                <p>{t("progress.summary", { done: course.progress.done.length, total: 4 })}</p>
                {course.progress.nextPart ? (
                  <Link
                    className="button"
                    to={`/${lang}/courses/${course.slug}/${course.progress.nextPart}`}
                  >
                    {t("progress.continue")}
                    <span className="visually-hidden">: {course.title}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("learn.noneInProgress")}</p>
        )}
      </section>
      {dashboard.completed.length ? (
        <section aria-labelledby="completed">
          <h2 id="completed">{t("learn.completed")}</h2>
          <ul>
            {dashboard.completed.map((course) => (
              <li key={course.slug}>
                <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="certificates">
        <h2 id="certificates">{t("learn.certificates")}</h2>
        {dashboard.certificates.length ? (
          <ul>
            {dashboard.certificates.map((c) => (
              <li key={c.code}>
                <Link to={`/${lang}/certificates/${c.code}`}>{c.title}</Link> ·{" "}
                {date.format(new Date(c.issuedAt))} · {c.code}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("learn.noCertificates")}</p>
        )}
      </section>
      <section aria-labelledby="targets">
        <h2 id="targets">{t("learn.targets")}</h2>
        {targets.length ? (
          <ul className="cards">
            {targets.map((job) => (
              <li key={job.slug} className="card">
                <h3>
                  <Link to={`/${lang}/jobs/${job.slug}`}>{job.title}</Link>
                </h3>
                <label htmlFor={`target-${job.slug}`}>
                  {tCatalog("skills.coverage", { covered: job.covered.length, total: job.total })}
                </label>
                <progress id={`target-${job.slug}`} max={100} value={job.percent}>
                  {job.percent}%
                </progress>
                {job.next ? (
                  <p>
                    {t("learn.targetNext")}{" "}
                    <Link to={`/${lang}/courses/${job.next.slug}`}>{job.next.title}</Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("learn.noTargets")}</p>
        )}
      </section>
      <section aria-labelledby="suggestions">
        <h2 id="suggestions">{t("learn.suggestions")}</h2>
        <CourseList lang={lang} courses={dashboard.suggestions} headingLevel={3} />
        <p>
          <Link to={`/${lang}/courses`}>{t("learn.browse")}</Link>
        </p>
      </section>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="dashboard" />;
