import {
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { findCourse, isPart } from "~/content/queries.server.ts";
import { richTextForLoader } from "~/content/rich-text.server.ts";
import { RichText } from "~/content/rich-text.tsx";
import { PARTS } from "~/content/vocabulary.ts";
import { completePart, readerProgress } from "~/learning/learner-progress.server.ts";
import { MarkDoneForm } from "~/learning/mark-done-form.tsx";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { staticPageHandle } from "~/utils/static-page.ts";

export async function loader({ params, request, context }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const course = findCourse(params.course ?? "");
  invariantResponse(course && isPart(params.part), "Part not found");
  const part = params.part;
  const locale = course.locales[lang];
  const index = PARTS.indexOf(part);
  const neighbour = (i: number) => {
    const name = PARTS[i];
    return name ? { part: name, title: locale.parts[name].title } : null;
  };
  return {
    lang,
    course: { slug: course.slug, title: locale.title },
    part,
    position: index + 1,
    minutes: course.minutes[part],
    content: {
      ...locale.parts[part],
      html: richTextForLoader(request, context, locale.parts[part].html),
    },
    objectives: part === "theory" ? locale.objectives : [],
    previous: neighbour(index - 1),
    next: neighbour(index + 1),
    progress: await readerProgress(request, course.slug),
  };
}

export async function action({ params, request }: ActionFunctionArgs) {
  requireLanguage(params);
  const course = findCourse(params.course ?? "");
  invariantResponse(course && isPart(params.part), "Part not found");
  const setCookie = await completePart(request, course.slug, params.part);
  const { pathname } = new URL(request.url);
  return redirect(pathname, setCookie ? { headers: { "Set-Cookie": setCookie } } : undefined);
}

export const handle = staticPageHandle;

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data && `${data.content.title} · ${data.course.title}`, data?.content.description),
);

export default function CoursePart() {
  const data = useLoaderData<typeof loader>();
  const { lang, course, part, content } = data;
  const { t } = useTranslation("catalog");
  const base = `/${lang}/courses/${course.slug}`;
  return (
    <article className="page part">
      <nav aria-label={t("breadcrumb")} className="breadcrumb">
        <Link to={`/${lang}/courses`}>{t("catalogue.title")}</Link> ›{" "}
        <Link to={base}>{course.title}</Link>
      </nav>
      <p className="part__label">
        {t("part.position", {
          position: data.position,
          total: PARTS.length,
          name: t(`parts.${part}`),
        })}{" "}
        · {t("minutes", { count: data.minutes })}
      </p>
      <h1>{content.title}</h1>
      {data.objectives.length ? (
        <section className="objectives" aria-labelledby="objectives">
          <h2 id="objectives">{t("course.objectives")}</h2>
          <ul>
            {data.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <RichText html={content.html} />
      <MarkDoneForm
        done={data.progress.done.includes(part)}
        signedIn={data.progress.signedIn}
        lang={lang}
      />
      <nav aria-label={t("part.navigation")} className="pager">
        {data.previous ? (
          <Link rel="prev" to={`${base}/${data.previous.part}`}>
            <span className="pager__hint">{t("part.previous")}</span> {data.previous.title}
          </Link>
        ) : (
          <Link to={base}>
            <span className="pager__hint">{t("part.overview")}</span> {course.title}
          </Link>
        )}
        {data.next ? (
          <Link rel="next" to={`${base}/${data.next.part}`}>
            <span className="pager__hint">{t("part.next")}</span> {data.next.title}
          </Link>
        ) : (
          <Link to={base}>
            <span className="pager__hint">{t("part.finished")}</span> {course.title}
          </Link>
        )}
      </nav>
    </article>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="courses" />;
