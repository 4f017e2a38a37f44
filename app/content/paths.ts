import { PARTS } from "~/content/vocabulary.ts";
import { LANGUAGES } from "~/i18n/languages.ts";

/** Every internal path the content may link to. */
export function internalPaths(
  courses: string[],
  jobs: string[],
  interviews: string[],
): Set<string> {
  const paths = new Set<string>();
  for (const lang of LANGUAGES) {
    for (const section of ["", "/courses", "/jobs", "/interviews"]) paths.add(`/${lang}${section}`);
    for (const course of courses) {
      paths.add(`/${lang}/courses/${course}`);
      for (const part of PARTS) paths.add(`/${lang}/courses/${course}/${part}`);
    }
    for (const job of jobs) paths.add(`/${lang}/jobs/${job}`);
    for (const interview of interviews) paths.add(`/${lang}/interviews/${interview}`);
  }
  return paths;
}
