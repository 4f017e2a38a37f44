import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { JobList } from "~/careers/job-list.tsx";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { DigCompList } from "~/content/digcomp-list.tsx";
import { findCourse, jobCards } from "~/content/queries.server.ts";
import { PARTS } from "~/content/vocabulary.ts";
import { CourseProgressPanel } from "~/learning/course-progress-panel.tsx";
import { readerProgress } from "~/learning/learner-progress.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const course = findCourse(params.course ?? "");
  invariantResponse(course, "Course not found");
  const { title, summary, objectives, parts } = course.locales[lang];
  return {
    lang,
    course: {
      slug: course.slug,
      title,
      summary,
      objectives,
      level: course.level,
      theme: course.theme,
      digcomp: course.digcomp,
      parts: PARTS.map((part) => ({
        part,
        title: parts[part].title,
        description: parts[part].description,
        minutes: course.minutes[part],
      })),
    },
    jobs: jobCards(lang, course.jobs),
    progress: await readerProgress(request, course.slug),
  };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.course.title, data?.course.summary),
);

export default function CourseOverview() {
  const { lang, course, jobs, progress } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  const { t: tAccount } = useTranslation("account");
  const totalMinutes = course.parts.reduce((sum, p) => sum + p.minutes, 0);
  return (
    <div className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${lang}/courses`}>{t("catalogue.title")}</Link>
      </nav>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <dl className="facts">
        <dt>{t("course.level")}</dt>
        <dd>{t(`levels.${course.level}`)}</dd>
        <dt>{t("course.theme")}</dt>
        <dd>{t(`themes.${course.theme}`)}</dd>
        <dt>{t("course.time")}</dt>
        <dd>{t("minutes", { count: totalMinutes })}</dd>
      </dl>
      <CourseProgressPanel lang={lang} course={course.slug} progress={progress} />
      <section aria-labelledby="objectives">
        <h2 id="objectives">{t("course.objectives")}</h2>
        <ul>
          {course.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="parts">
        <h2 id="parts">{t("course.parts")}</h2>
        <ol className="parts">
          {course.parts.map(({ part, title, description, minutes }) => (
            <li key={part}>
              <span className="parts__label">
                {t(`parts.${part}`)} ·{" "}
                {progress.done.includes(part)
                  ? `✓ ${tAccount("progress.done")}`
                  : tAccount("progress.notDone")}
              </span>
              <Link to={`/${lang}/courses/${course.slug}/${part}`}>{title}</Link>
              <p>
                {description} <span className="note">({t("minutes", { count: minutes })})</span>
              </p>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="competences">
        <h2 id="competences">{t("course.competences")}</h2>
        <DigCompList codes={course.digcomp} />
      </section>
      {jobs.length ? (
        <section aria-labelledby="jobs">
          <h2 id="jobs">{t("course.jobs")}</h2>
          <JobList lang={lang} jobs={jobs} headingLevel={3} />
        </section>
      ) : null}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="courses" />;
