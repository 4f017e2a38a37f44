import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { Language } from "~/i18n/languages.ts";

type Skills = {
  covered: string[];
  missing: string[];
  total: number;
  percent: number;
  next: { slug: string; title: string } | null;
  isTarget: boolean;
} | null;

/** For a learner: the job's competences their finished courses cover, the next course, and the target toggle. */
export function JobSkillsPanel({
  lang,
  job,
  skills,
}: {
  lang: Language;
  job: string;
  skills: Skills;
}) {
  const { t } = useTranslation("catalog");
  return (
    <section id="skills" className="progress-panel" aria-labelledby="skills-title">
      <h2 id="skills-title">{t("skills.title")}</h2>
      {skills ? (
        <>
          <label htmlFor="skill-coverage">
            {t("skills.coverage", { covered: skills.covered.length, total: skills.total })}
          </label>
          <progress id="skill-coverage" max={100} value={skills.percent}>
            {skills.percent}%
          </progress>
          {skills.missing.length ? (
            <p>
              {t("skills.missing")} {skills.missing.join(", ")}
            </p>
          ) : (
            <p>{t("skills.allCovered")}</p>
          )}
          {skills.next ? (
            <p>
              {t("skills.next")}{" "}
              <Link to={`/${lang}/courses/${skills.next.slug}`}>{skills.next.title}</Link>
            </p>
          ) : null}
          <Form method="post" className="inline-form">
            <input type="hidden" name="target" value={skills.isTarget ? "off" : "on"} />
            <button type="submit">
              {skills.isTarget ? t("skills.removeTarget") : t("skills.addTarget")}
            </button>
          </Form>
        </>
      ) : (
        <p>
          <Link to={`/${lang}/login?redirectTo=${encodeURIComponent(`/${lang}/jobs/${job}`)}`}>
            {t("skills.signIn")}
          </Link>
        </p>
      )}
    </section>
  );
}
