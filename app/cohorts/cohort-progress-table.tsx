import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { ActiveEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { Pager } from "~/components/pager.tsx";

type Learner = {
  userId: string;
  name: string;
  status: ActiveEnrollmentStatus;
  percent: number;
  lastActivity: string | null;
  courses: Record<string, { percent: number; quiz: number | null; certificate: boolean }>;
};

type Sort = "name" | "progress" | "activity";

type Position = { page: number; pages: number };

/** A column header that sorts the table (a plain link, so it works without JavaScript). */
function SortHeader({ column, sort, label }: { column: Sort; sort: Sort; label: string }) {
  const direction = column === "name" ? "ascending" : "descending";
  return (
    <th scope="col" aria-sort={column === sort ? direction : undefined}>
      <a href={`?sort=${column}#progress`}>{label}</a>
    </th>
  );
}

/** The learners × courses table: a real table with headers, readable by keyboard and screen reader. */
export function CohortProgressTable({
  courses,
  learners,
  sort,
  position,
}: {
  courses: { slug: string; title: string }[];
  learners: Learner[];
  sort: Sort;
  position: Position;
}) {
  const { t } = useTranslation("cohorts");
  if (!learners.length) return <p>{t("cohort.page.noLearners")}</p>;
  // One translation per score (0–100) and one for the certificate, not one per cell: a cohort
  // of 500 learners on 20 courses has 10,000 cells.
  const quizLabels = new Map<number, string>();
  const quizLabel = (score: number) => {
    const label = quizLabels.get(score) ?? t("cohort.page.quiz", { score });
    quizLabels.set(score, label);
    return label;
  };
  const certificateLabel = t("cohort.page.certificate");
  return (
    <>
      <div
        className="table-scroll"
        role="region"
        aria-label={t("cohort.page.progress")}
        tabIndex={0}
      >
        <table className="data-table">
          <thead>
            <tr>
              <SortHeader column="name" sort={sort} label={t("cohort.page.learner")} />
              <SortHeader column="progress" sort={sort} label={t("cohort.page.overall")} />
              {courses.map((course) => (
                <th key={course.slug} scope="col">
                  {course.title}
                </th>
              ))}
              <SortHeader column="activity" sort={sort} label={t("cohort.page.lastActivity")} />
              <th scope="col">
                <span className="visually-hidden">{t("cohort.page.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {learners.map((learner) => (
              <tr key={learner.userId}>
                <th scope="row">
                  {learner.name}
                  {learner.status !== "enrolled" ? (
                    <span className="note"> ({t(`cohort.page.status.${learner.status}`)})</span>
                  ) : null}
                </th>
                <td>{learner.percent}%</td>
                {courses.map((course) => {
                  const cell = learner.courses[course.slug];
                  return (
                    <td key={course.slug}>
                      {cell?.percent ?? 0}%
                      {cell?.quiz !== null && cell?.quiz !== undefined
                        ? `, ${quizLabel(cell.quiz)}`
                        : ""}
                      {cell?.certificate ? `, ${certificateLabel}` : ""}
                    </td>
                  );
                })}
                <td>{learner.lastActivity ?? t("cohort.page.never")}</td>
                <td>
                  <Form method="post">
                    <input type="hidden" name="userId" value={learner.userId} />
                    <button
                      type="submit"
                      name="intent"
                      value="remove-learner"
                      className="link-button"
                    >
                      {t("cohort.page.remove")}
                      <span className="visually-hidden">: {learner.name}</span>
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={position.page}
        pages={position.pages}
        href={(page) => `?sort=${sort}&page=${page}#progress`}
      />
    </>
  );
}
