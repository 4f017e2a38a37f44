import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { findInterview, findJob } from "~/content/queries.server.ts";
import { richTextForLoader } from "~/content/rich-text.server.ts";
import { RichText } from "~/content/rich-text.tsx";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

export function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const interview = findInterview(params.interview ?? "");
  invariantResponse(interview, "Interview not found");
  const job = findJob(interview.job);
  invariantResponse(job, "Job profile not found");
  return {
    lang,
    interview: {
      ...interview.locales[lang],
      html: richTextForLoader(request, context, interview.locales[lang].html),
      illustrative: interview.illustrative,
      media: interview.media,
    },
    job: { slug: job.slug, title: job.locales[lang].title },
  };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.interview.title, data?.interview.summary),
);

export default function Interview() {
  const { lang, interview, job } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  return (
    <article className="page">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${lang}/interviews`}>{t("interviews.title")}</Link>
      </nav>
      <h1>{interview.title}</h1>
      <p className="lead">
        {interview.person}, {interview.role}
      </p>
      {interview.illustrative ? (
        <p className="notice">
          <strong>{t("interview.illustrativeShort")}.</strong> {t("interview.illustrative")}
        </p>
      ) : null}
      {interview.media ? (
        <p>
          <a href={interview.media.url}>{t(`interview.media.${interview.media.kind}`)}</a>{" "}
          {t("interview.transcript")}
        </p>
      ) : null}
      <RichText html={interview.html} />
      <p>
        {t("interview.job")} <Link to={`/${lang}/jobs/${job.slug}`}>{job.title}</Link>
      </p>
    </article>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="interviews" />;
