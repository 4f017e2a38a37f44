import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { CourseCard } from "~/content/queries.server.ts";
import type { Language } from "~/i18n/languages.ts";

type Props = { lang: Language; courses: CourseCard[]; headingLevel: 2 | 3 };

export function CourseList({ lang, courses, headingLevel }: Props) {
  const { t } = useTranslation("catalog");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="cards">
      {courses.map((course) => (
        <li key={course.slug} className="card">
          <Heading>
            <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
          </Heading>
          <p>{course.summary}</p>
          <p className="card__facts">
            {t(`levels.${course.level}`)} · {t(`themes.${course.theme}`)} ·{" "}
            {t("minutes", { count: course.minutes })}
          </p>
        </li>
      ))}
    </ul>
  );
}
