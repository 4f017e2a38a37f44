import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { escoOccupation } from "~/careers/esco.ts";
import { JobFrameworks } from "~/careers/job-frameworks.tsx";
import { openOffersForJob } from "~/careers/offers.server.ts";
import { coursesByCompetence } from "~/careers/skills.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { CourseLinks } from "~/content/course-links.tsx";
import { DIGCOMP_VERSION } from "~/content/digcomp.ts";
import { findJob, interviewForJob } from "~/content/queries.server.ts";
import { getContent } from "~/content/store.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

/** A job profile on one page for recruiters: the skills, the courses that build each, the interview, the offers. */
export async function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const job = findJob(params.job ?? "");
  invariantResponse(job, "Job profile not found");
  const interview = interviewForJob(job.slug);
  const { title, summary } = job.locales[lang];
  return {
    lang,
    job: {
      slug: job.slug,
      title,
      summary,
      ecf: job.ecf ?? [],
      isco: job.isco,
      esco: escoOccupation(job.esco, lang),
    },
    competences: coursesByCompetence(job.digcomp, getContent().courses).map((row) => ({
      code: row.code,
      courses: row.courses.map((c) => ({ slug: c.slug, title: c.locales[lang].title })),
    })),
    interview: interview && {
      slug: interview.slug,
      title: interview.locales[lang].title,
      person: interview.locales[lang].person,
    },
    openOffers: (await openOffersForJob(job.slug)).length,
    meta: {
      title: getFixedT(lang, "catalog")("recruiterSummary.title", { job: title }),
      description: summary,
    },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description),
);

export default function JobForRecruiters() {
  const { lang, job, competences, interview, openOffers } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  return (
    <article className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${lang}/jobs`}>{t("jobs.title")}</Link> ›{" "}
        <Link to={`/${lang}/jobs/${job.slug}`}>{job.title}</Link>
      </nav>
      <h1>{t("recruiterSummary.title", { job: job.title })}</h1>
      <p className="lead">{job.summary}</p>
      <section aria-labelledby="skills">
        <h2 id="skills">{t("recruiterSummary.skills")}</h2>
        <p>{t("recruiterSummary.skillsLead", { version: DIGCOMP_VERSION })}</p>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("recruiterSummary.competence")}</th>
              <th scope="col">{t("recruiterSummary.courses")}</th>
            </tr>
          </thead>
          <tbody>
            {competences.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  {row.code} {t(`digcomp.competences.${row.code}`)}
                </th>
                <td>
                  {row.courses.length ? (
                    <CourseLinks lang={lang} courses={row.courses} className="plain-list" />
                  ) : (
                    t("recruiterSummary.noCourse")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <JobFrameworks ecf={job.ecf} isco={job.isco} esco={job.esco} />
      </section>
      {interview ? (
        <section aria-labelledby="interview">
          <h2 id="interview">{t("job.interview")}</h2>
          <p>
            <Link to={`/${lang}/interviews/${interview.slug}`}>{interview.title}</Link> (
            {interview.person})
          </p>
        </section>
      ) : null}
      <section aria-labelledby="offers">
        <h2 id="offers">{t("offer.forJob.title")}</h2>
        <p>
          <Link to={`/${lang}/offers?job=${job.slug}`}>
            {t("recruiterSummary.openOffers", { count: openOffers })}
          </Link>
        </p>
        <p>
          <Link to={`/${lang}/recruiter/offers/new?job=${job.slug}`} className="button">
            {t("recruiterSummary.post")}
          </Link>
        </p>
      </section>
      <p>
        <Link to={`/${lang}/jobs/${job.slug}`}>{t("recruiterSummary.fullProfile")}</Link>
      </p>
    </article>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="jobs" />;
