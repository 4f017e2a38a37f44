import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireRole } from "~/account/auth.server.ts";
import { cohortProgress } from "~/cohorts/cohort-progress.server.ts";
import { findOwnCohort } from "~/cohorts/cohorts.server.ts";
import { toCsv } from "~/cohorts/csv.ts";
import { findCourse } from "~/content/queries.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";

/** The cohort's progress as a spreadsheet, with headers in the page's language. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  const t = getFixedT(lang, "cohorts");
  const courses = cohort.courses.map((c) => ({
    slug: c.course,
    title: findCourse(c.course)?.locales[lang].title ?? c.course,
  }));
  const rows = await cohortProgress(
    courses.map((c) => c.slug),
    cohort.enrollments.filter((e) => e.status !== "waiting"),
  );
  const header = [
    t("cohort.csv.name"),
    t("cohort.csv.email"),
    t("cohort.csv.status"),
    t("cohort.csv.overall"),
    ...courses.flatMap((c) => [
      t("cohort.csv.course", { course: c.title }),
      t("cohort.csv.quiz", { course: c.title }),
      t("cohort.csv.certificate", { course: c.title }),
    ]),
    t("cohort.csv.lastActivity"),
  ];
  const body = rows.map((row) => [
    row.name,
    row.email,
    t(`cohort.page.status.${row.status}`),
    row.percent,
    ...courses.flatMap((c) => {
      const cell = row.courses[c.slug];
      return [
        cell?.percent ?? 0,
        cell?.quiz ?? "",
        cell?.certificate ? t("cohort.yes") : t("cohort.no"),
      ];
    }),
    row.lastActivity?.toISOString().slice(0, 10) ?? "",
  ]);
  return new Response(toCsv(header, body), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="cohort-${cohort.joinCode}-progress.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
