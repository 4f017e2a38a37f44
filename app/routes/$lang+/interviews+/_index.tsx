import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { interviewCards } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const t = getFixedT(lang, "catalog");
  return {
    lang,
    interviews: interviewCards(lang),
    meta: { title: t("interviews.title"), description: t("interviews.lead") },
  };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description),
);

export default function Interviews() {
  const { lang, interviews } = useLoaderData<typeof loader>();
  const { t } = useTranslation("catalog");
  return (
    <div className="page">
      <h1>{t("interviews.title")}</h1>
      <p className="lead">{t("interviews.lead")}</p>
      <ul className="cards">
        {interviews.map((interview) => (
          <li key={interview.slug} className="card">
            <h2>
              <Link to={`/${lang}/interviews/${interview.slug}`}>{interview.title}</Link>
            </h2>
            <p className="card__facts">
              {interview.person}, {interview.role}
              {interview.illustrative ? ` · ${t("interview.illustrativeShort")}` : ""}
            </p>
            <p>{interview.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="interviews" />;
