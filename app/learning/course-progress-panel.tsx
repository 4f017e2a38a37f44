import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { type Part, PARTS } from "~/content/vocabulary.ts";
import type { Language } from "~/i18n/languages.ts";

type Props = {
  lang: Language;
  course: string;
  progress: {
    done: Part[];
    percent: number;
    nextPart: Part | null;
    complete: boolean;
    certificate: { code: string; revokedAt: string | Date | null } | null;
  };
};

/** Progress bar, "start" or "continue", the quiz, and the certificate once earned. */
export function CourseProgressPanel({ lang, course, progress }: Props) {
  const { t } = useTranslation("account");
  const { t: tCatalog } = useTranslation("catalog");
  const base = `/${lang}/courses/${course}`;
  const started = progress.done.length > 0;
  const certificate =
    progress.certificate && !progress.certificate.revokedAt ? progress.certificate : null;
  return (
    <section className="progress-panel" aria-labelledby="progress-title">
      <h2 id="progress-title">{t("progress.title")}</h2>
      <label htmlFor="course-progress">{t("progress.label")}</label>
      <progress id="course-progress" max={100} value={progress.percent}>
        {progress.percent}%
      </progress>
      <p>{t("progress.summary", { done: progress.done.length, total: PARTS.length })}</p>
      {progress.nextPart ? (
        <p>
          <Link className="button" to={`${base}/${progress.nextPart}`}>
            {started ? t("progress.continue") : tCatalog("course.start")}
          </Link>
        </p>
      ) : (
        <p>{t("progress.complete")}</p>
      )}
      <p>
        <Link to={`${base}/quiz`}>{t("quiz.link")}</Link>
      </p>
      {certificate ? (
        <p className="notice">
          {t("certificate.earned")}{" "}
          <Link to={`/${lang}/certificates/${certificate.code}`}>{t("certificate.title")}</Link>
        </p>
      ) : (
        <p className="note">{t("certificate.howTo")}</p>
      )}
    </section>
  );
}
