import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { CourseList } from "~/content/course-list.tsx";
import { toCourseCard } from "~/content/queries.server.ts";
import { getContent } from "~/content/store.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

const FEATURED = 3;

export function loader({ params }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const t = getFixedT(lang);
  const featured = getContent()
    .courses.slice(0, FEATURED)
    .map((c) => toCourseCard(c, lang));
  return { lang, featured, meta: { title: t("home.title"), description: t("home.lead") } };
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = ({ data }) =>
  pageMeta(data?.meta.title, data?.meta.description);

export default function Home() {
  const { lang, featured } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const audiences = [
    { key: "learners", to: `/${lang}/courses` },
    { key: "trainers", to: `/${lang}/courses` },
    { key: "recruiters", to: `/${lang}/jobs` },
  ] as const;
  return (
    <div className="page">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p className="lead">{t("home.lead")}</p>
        <p>
          <Link className="button" to={`/${lang}/courses`}>
            {t("home.cta")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="audiences-title">
        <h2 id="audiences-title">{t("home.audiencesTitle")}</h2>
        <ul className="cards cards--three">
          {audiences.map(({ key, to }) => (
            <li key={key} className="card">
              <h3>{t(`home.audiences.${key}.title`)}</h3>
              <p>{t(`home.audiences.${key}.text`)}</p>
              <Link to={to}>{t(`home.audiences.${key}.link`)}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="featured-title">
        <h2 id="featured-title">{t("home.featuredTitle")}</h2>
        <CourseList lang={lang} courses={featured} headingLevel={3} />
        <p>
          <Link to={`/${lang}/courses`}>{t("home.allCourses")}</Link>
        </p>
      </section>
    </div>
  );
}
