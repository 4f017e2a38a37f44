import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getUser } from "~/account/auth.server.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { findCourse } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { PASS_MARK } from "~/learning/progress-rules.ts";
import { submitQuiz } from "~/learning/quiz.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

function loadCourse(params: { lang?: string; course?: string }) {
  const lang = requireLanguage(params);
  const course = findCourse(params.course ?? "");
  invariantResponse(course, "Course not found");
  return { lang, course };
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const { lang, course } = loadCourse(params);
  const { title, quiz } = course.locales[lang];
  const user = await getUser(request);
  return {
    lang,
    course: { slug: course.slug, title },
    questions: quiz.questions.map((q) => ({
      id: q.id,
      prompt: q.prompt,
      multiple: q.multiple,
      choices: q.choices.map((c) => c.text),
    })),
    signedIn: Boolean(user),
    meta: { title: `${getFixedT(lang, "account")("quiz.title")} · ${title}` },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const { lang, course } = loadCourse(params);
  const user = await getUser(request);
  const result = await submitQuiz(course, lang, await request.formData(), user?.id ?? null);
  const questions = course.locales[lang].quiz.questions;
  return {
    ...result,
    explanations: Object.fromEntries(questions.map((q) => [q.id, q.explanation])),
  };
}

export default function QuizPage() {
  const { lang, course, questions, signedIn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("account");
  const byId = new Map(result?.results.map((r) => [r.id, r]));
  return (
    <div className="page">
      <nav aria-label={t("quiz.title")} className="breadcrumb">
        <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
      </nav>
      <h1>{t("quiz.title")}</h1>
      {result ? (
        <section className="notice" role="status" aria-labelledby="quiz-score">
          <h2 id="quiz-score">{t("quiz.score", { score: result.score })}</h2>
          <p>{result.passed ? t("quiz.passed") : t("quiz.failed", { passMark: PASS_MARK })}</p>
          {signedIn ? null : <p>{t("quiz.saveNote")}</p>}
        </section>
      ) : (
        <p>{t("quiz.lead", { passMark: PASS_MARK })}</p>
      )}
      <Form method="post" className="quiz" key={result ? "answered" : "new"}>
        {questions.map((q, index) => {
          const outcome = byId.get(q.id);
          return (
            <fieldset key={q.id} className="quiz__question">
              <legend>
                {index + 1}. {q.prompt}
              </legend>
              <p className="note">{q.multiple ? t("quiz.multiple") : t("quiz.single")}</p>
              {q.choices.map((choice, i) => (
                <div key={choice} className="field--check">
                  <input
                    type={q.multiple ? "checkbox" : "radio"}
                    id={`q-${q.id}-${i}`}
                    name={`q-${q.id}`}
                    value={i}
                    defaultChecked={outcome?.chosen.includes(i)}
                  />
                  <label htmlFor={`q-${q.id}-${i}`}>{choice}</label>
                </div>
              ))}
              {outcome ? (
                <div className={outcome.correct ? "quiz__right" : "quiz__wrong"}>
                  <p>
                    <strong>{outcome.correct ? t("quiz.right") : t("quiz.wrong")}.</strong>{" "}
                    {t("quiz.rightAnswer")} {outcome.right.map((i) => q.choices[i]).join(" · ")}
                  </p>
                  <p>{result?.explanations[q.id]}</p>
                </div>
              ) : null}
            </fieldset>
          );
        })}
        <button type="submit">{result ? t("quiz.again") : t("quiz.submit")}</button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="courses" />;
