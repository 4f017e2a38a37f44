import { Link } from "@remix-run/react";

import type { Language } from "~/i18n/languages.ts";

type Props = { lang: Language; courses: { slug: string; title: string }[]; className?: string };

/** A plain list of links to courses, by title. */
export function CourseLinks({ lang, courses, className }: Props) {
  return (
    <ul className={className}>
      {courses.map((course) => (
        <li key={course.slug}>
          <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
        </li>
      ))}
    </ul>
  );
}
