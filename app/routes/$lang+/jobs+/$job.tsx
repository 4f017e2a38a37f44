import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getUser, requireUser } from "~/account/auth.server.ts";
import { escoOccupation } from "~/careers/esco.ts";
import { JobFrameworks } from "~/careers/job-frameworks.tsx";
import { JobList } from "~/careers/job-list.tsx";
import {
  coursesBuildingJob,
  learnerSkillsForJob,
  setTargetJob,
} from "~/careers/job-skills.server.ts";
import { JobSkillsPanel } from "~/careers/job-skills-panel.tsx";
import { openOffersForJob } from "~/careers/offers.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { CourseList } from "~/content/course-list.tsx";
import { DigCompList } from "~/content/digcomp-list.tsx";
import { coursesLeadingTo, findJob, interviewForJob, jobCards } from "~/content/queries.server.ts";
import { richTextForLoader } from "~/content/rich-text.server.ts";
import { RichText } from "~/content/rich-text.tsx";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const job = findJob(params.job ?? "");
  invariantResponse(job, "Job profile not found");
  const interview = interviewForJob(job.slug);
  const user = await getUser(request);
  return {
    lang,
    job: {
      slug: job.slug,
      digcomp: job.digcomp,
      ecf: job.ecf ?? [],
      isco: job.isco,
      esco: escoOccupation(job.esco, lang),
      ...job.locales[lang],
      html: richTextForLoader(request, context, job.locales[lang].html),
    },
    courses: coursesLeadingTo(job.slug, lang),
    building: coursesBuildingJob(job, lang),
    skills: user ? await learnerSkillsForJob(user.id, job, lang) : null,
    offers: (await openOffersForJob(job.slug)).map((o) => ({
      id: o.id,
      title: o.title,
      organisation: o.organisation,
      contract: o.contract,
      closesOn: o.closesOn.toISOString().slice(0, 10),
    })),
    related: jobCards(lang, job.related),
    interview: interview && {
      slug: interview.slug,
      title: interview.locales[lang].title,
      person: interview.locales[lang].person,
    },
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const job = findJob(params.job ?? "");
  invariantResponse(job, "Job profile not found");
  const target = (await request.formData()).get("target") === "on";
  await setTargetJob(user.id, job.slug, target);
  return redirect(`/${lang}/jobs/${job.slug}#skills`);
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.job.title, data?.job.summary),
);

export default function JobProfile() {
  const { lang, job, courses, building, skills, offers, related, interview } =
    useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  return (
    <article className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${lang}/jobs`}>{t("jobs.title")}</Link>
      </nav>
      <h1>{job.title}</h1>
      <p className="lead">{job.summary}</p>
      <RichText html={job.html} />
      <section aria-labelledby="competences">
        <h2 id="competences">{t("job.competences")}</h2>
        <DigCompList codes={job.digcomp} />
        <JobFrameworks ecf={job.ecf} isco={job.isco} esco={job.esco} />
        <p>
          <Link to={`/${lang}/jobs/${job.slug}/recruiters`}>{t("job.forRecruiters")}</Link>
        </p>
      </section>
      <JobSkillsPanel lang={lang} job={job.slug} skills={skills} />
      <section aria-labelledby="building">
        <h2 id="building">{t("job.building")}</h2>
        <CourseList lang={lang} courses={building} headingLevel={3} />
      </section>
      <section aria-labelledby="courses">
        <h2 id="courses">{t("job.courses")}</h2>
        {courses.length ? (
          <CourseList lang={lang} courses={courses} headingLevel={3} />
        ) : (
          <p>{t("job.noCourses")}</p>
        )}
      </section>
      <section aria-labelledby="offers">
        <h2 id="offers">{t("offer.forJob.title")}</h2>
        {offers.length ? (
          <ul>
            {offers.map((offer) => (
              <li key={offer.id}>
                <Link to={`/${lang}/offers/${offer.id}`}>{offer.title}</Link> · {offer.organisation}{" "}
                · {t(`offer.contracts.${offer.contract}`)} · {t("offer.detail.closes")}{" "}
                {offer.closesOn}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("offer.forJob.none")}</p>
        )}
        <p>
          <Link to={`/${lang}/offers?job=${job.slug}`}>{t("offer.board.title")}</Link>
        </p>
      </section>
      {interview ? (
        <section aria-labelledby="interview">
          <h2 id="interview">{t("job.interview")}</h2>
          <p>
            <Link to={`/${lang}/interviews/${interview.slug}`}>{interview.title}</Link>
          </p>
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="related">
          <h2 id="related">{t("job.related")}</h2>
          <JobList lang={lang} jobs={related} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="jobs" />;
