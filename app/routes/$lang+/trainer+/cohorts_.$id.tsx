import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import QRCode from "qrcode";
import { useTranslation } from "react-i18next";

import { requireRole } from "~/account/auth.server.ts";
import { cohortProgressPage, parseSort } from "~/cohorts/cohort-progress.server.ts";
import { CohortProgressTable } from "~/cohorts/cohort-progress-table.tsx";
import { findOwnCohort, paidWithoutSeat } from "~/cohorts/cohorts.server.ts";
import { handleDashboardAction } from "~/cohorts/dashboard-action.server.ts";
import { LiveSessionForm } from "~/cohorts/live-session-form.tsx";
import { seatCounts } from "~/cohorts/seats.ts";
import { formatInZone } from "~/cohorts/time-zones.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { findCourse } from "~/content/queries.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";
import { parsePage } from "~/utils/pagination.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  const courses = cohort.courses.map((c) => c.course);
  const joinUrl = `${publicOrigin(request)}/${cohort.language}/join/${cohort.joinCode}`;
  const learners = cohort.enrollments.filter((e) => e.status !== "waiting");
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
  const query = new URL(request.url).searchParams;
  const sort = parseSort(query.get("sort"));
  const { rows, ...position } = await cohortProgressPage(
    courses,
    learners,
    sort,
    parsePage(query.get("page")),
  );
  return {
    lang,
    cohort: {
      id: cohort.id,
      title: cohort.title,
      archived: Boolean(cohort.archivedAt),
      capacity: cohort.capacity,
      ...seatCounts(cohort.enrollments),
      paidWaiting: paidWithoutSeat(cohort.enrollments),
      price: cohort.priceCents
        ? new Intl.NumberFormat(lang, { style: "currency", currency: cohort.currency }).format(
            cohort.priceCents / 100,
          )
        : null,
      dates: `${date.format(cohort.startsOn)} – ${date.format(cohort.endsOn)}`,
      joinCode: cohort.joinCode,
      joinUrl,
    },
    qrSvg: await QRCode.toString(joinUrl, { type: "svg", margin: 1, width: 160 }),
    courses: courses.map((slug) => ({
      slug,
      title: findCourse(slug)?.locales[lang].title ?? slug,
    })),
    sessions: cohort.sessions.map((s) => ({
      id: s.id,
      when: formatInZone(s.startsAt, s.timeZone, lang),
      durationMinutes: s.durationMinutes,
      place: s.place,
      present: s.attendance.filter((a) => a.present).map((a) => a.userId),
    })),
    enrolled: learners
      .filter((e) => e.status === "enrolled")
      .map((e) => ({ userId: e.userId, name: e.user.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    sort,
    position,
    learners: rows.map((row) => ({
      ...row,
      lastActivity: row.lastActivity ? date.format(row.lastActivity) : null,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.cohort.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const trainer = await requireRole(request, lang, "trainer");
  const cohort = await findOwnCohort(trainer, params.id ?? "");
  invariantResponse(cohort, "Cohort not found");
  return handleDashboardAction(cohort.id, await request.formData());
}

export default function CohortDashboard() {
  const { lang, cohort, qrSvg, courses, sessions, enrolled, sort, position, learners } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation("cohorts");
  const base = `/${lang}/trainer/cohorts/${cohort.id}`;
  return (
    <div className="page wide">
      <h1>{cohort.title}</h1>
      {cohort.archived ? <p className="notice notice--bad">{t("cohort.page.archived")}</p> : null}
      <section aria-labelledby="details">
        <h2 id="details">{t("cohort.page.details")}</h2>
        <p>{cohort.dates}</p>
        <p>{t("cohort.page.seats", { taken: cohort.taken, capacity: cohort.capacity })}</p>
        <p>{t("cohort.page.waiting", { count: cohort.waiting })}</p>
        {cohort.paidWaiting.length ? (
          <p className="notice notice--bad">
            {t("cohort.page.paidWaiting", { names: cohort.paidWaiting.join(", ") })}
          </p>
        ) : null}
        <p>
          {t("cohort.page.price")}: {cohort.price ?? t("cohort.page.free")}
        </p>
        <p>
          <Link to={`${base}/edit`}>{t("cohort.page.edit")}</Link>
        </p>
      </section>
      <section aria-labelledby="join">
        <h2 id="join">{t("cohort.page.join")}</h2>
        <p>{t("cohort.page.joinLead")}</p>
        <p>
          <a href={cohort.joinUrl}>{cohort.joinUrl}</a>
        </p>
        <p>
          {t("cohort.page.code")}: <strong className="join-code">{cohort.joinCode}</strong>
        </p>
        <figure className="qr">
          <div
            role="img"
            aria-label={t("cohort.page.qr")}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
        </figure>
        <Form method="post">
          <button type="submit" name="intent" value="regenerate">
            {t("cohort.page.regenerate")}
          </button>
        </Form>
      </section>
      <section aria-labelledby="sessions">
        <h2 id="sessions">{t("cohort.page.sessions")}</h2>
        {sessions.length ? (
          <ul className="cards">
            {sessions.map((session) => (
              <li key={session.id} className="card">
                <p>
                  <strong>{session.when}</strong> · {session.durationMinutes} min · {session.place}
                </p>
                <Form method="post" aria-label={`${t("cohort.page.attendance")}: ${session.when}`}>
                  <input type="hidden" name="sessionId" value={session.id} />
                  <fieldset>
                    <legend>{t("cohort.page.attendance")}</legend>
                    {enrolled.map((learner) => (
                      <div key={learner.userId} className="field--check">
                        <input
                          type="checkbox"
                          id={`present-${session.id}-${learner.userId}`}
                          name="present"
                          value={learner.userId}
                          defaultChecked={session.present.includes(learner.userId)}
                        />
                        <label htmlFor={`present-${session.id}-${learner.userId}`}>
                          {learner.name}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                  {actionData &&
                  "sessionId" in actionData &&
                  actionData.sessionId === session.id ? (
                    <p role="status">{t("cohort.page.saved")}</p>
                  ) : null}
                  <button type="submit" name="intent" value="attendance">
                    {t("cohort.page.saveAttendance")}
                  </button>{" "}
                  <button
                    type="submit"
                    name="intent"
                    value="remove-session"
                    className="link-button"
                  >
                    {t("cohort.page.removeSession")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("cohort.page.noSessions")}</p>
        )}
        <LiveSessionForm
          lastResult={actionData?.intent === "add-session" ? actionData.result : undefined}
        />
        <p>
          <a href={`/${lang}/cohorts/${cohort.id}/calendar.ics`}>{t("cohort.page.exportIcs")}</a>
        </p>
      </section>
      <section aria-labelledby="progress">
        <h2 id="progress">{t("cohort.page.progress")}</h2>
        <CohortProgressTable
          courses={courses}
          learners={learners}
          sort={sort}
          position={position}
        />
        <p>
          <a href={`${base}/progress.csv`} download>
            {t("cohort.page.exportCsv")}
          </a>
        </p>
      </section>
      {cohort.archived ? null : (
        <Form method="post">
          <button type="submit" name="intent" value="archive" className="button--danger">
            {t("cohort.page.archive")}
          </button>
        </Form>
      )}
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="cohorts" />;
