import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobList } from "../components/job-list.tsx";
import { jobCards } from "../content/queries.server.ts";
import { getFixedT } from "../i18next.server.ts";
import { requireLanguage } from "../utils/invariant.ts";
import { pageMeta } from "../utils/meta.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const t = getFixedT(lang, "catalog");
  return {
    lang,
    jobs: jobCards(lang),
    meta: { title: t("jobs.title"), description: t("jobs.lead") },
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description);

export default function Jobs() {
  const { lang, jobs } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  return (
    <div className="page">
      <h1>{t("jobs.title")}</h1>
      <p className="lead">{t("jobs.lead")}</p>
      <JobList lang={lang} jobs={jobs} headingLevel={2} />
    </div>
  );
}
