import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { findCohortByCode } from "../cohorts/cohorts.server.ts";
import { enroll } from "../cohorts/enrollment.server.ts";
import { formatInZone } from "../cohorts/time-zones.ts";
import { findCourse } from "../content/queries.server.ts";
import { getUser, requireUser } from "../utils/auth.server.ts";
import { prisma } from "../utils/db.server.ts";
import { invariantResponse, requireLanguage } from "../utils/invariant.ts";
import { pageMeta } from "../utils/meta.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const cohort = await findCohortByCode(params.code ?? "");
  if (!cohort) throw redirect(`/${lang}/join?code=${encodeURIComponent(params.code ?? "")}`);
  const user = await getUser(request);
  const [trainer, taken, mine] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: cohort.trainerId }, select: { name: true } }),
    prisma.enrollment.count({
      where: { cohortId: cohort.id, status: { in: ["enrolled", "pending_payment"] } },
    }),
    user
      ? prisma.enrollment.findUnique({
          where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
        })
      : null,
  ]);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  return {
    lang,
    code: cohort.joinCode,
    cohort: {
      id: cohort.id,
      title: cohort.title,
      description: cohort.description,
      trainer: trainer.name,
      closed: Boolean(cohort.archivedAt),
      dates: `${date.format(cohort.startsOn)} – ${date.format(cohort.endsOn)}`,
      seatsLeft: Math.max(0, cohort.capacity - taken),
      courses: cohort.courses.map((c) => ({
        slug: c.course,
        title: findCourse(c.course)?.locales[lang].title ?? c.course,
      })),
      sessions: cohort.sessions.map(
        (s) => `${formatInZone(s.startsAt, s.timeZone, lang)} · ${s.place}`,
      ),
    },
    signedIn: Boolean(user),
    status: mine && mine.status !== "removed" ? mine.status : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.cohort.title);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const cohort = await findCohortByCode(params.code ?? "");
  invariantResponse(cohort, "Cohort not found");
  await enroll(cohort.id, user.id);
  return redirect(`/${lang}/join/${cohort.joinCode}`);
}

const STATUS_TEXT = {
  enrolled: "cohort.join.enrolled",
  waiting: "cohort.join.waiting",
  pending_payment: "cohort.join.pendingPayment",
} as const;

export default function JoinCohort() {
  const { lang, code, cohort, signedIn, status } = useLoaderData<typeof loader>();
  const { t } = useTranslation("cohorts");
  return (
    <div className="page">
      <h1>{cohort.title}</h1>
      {cohort.description ? <p className="lead offer-description">{cohort.description}</p> : null}
      <dl className="facts">
        <dt>{t("cohort.join.trainer")}</dt>
        <dd>{cohort.trainer}</dd>
        <dt>{t("cohort.join.dates")}</dt>
        <dd>{cohort.dates}</dd>
      </dl>
      <h2>{t("cohort.join.courses")}</h2>
      <ul>
        {cohort.courses.map((course) => (
          <li key={course.slug}>
            <Link to={`/${lang}/courses/${course.slug}`}>{course.title}</Link>
          </li>
        ))}
      </ul>
      {cohort.sessions.length ? (
        <>
          <h2>{t("cohort.join.sessions")}</h2>
          <ul>
            {cohort.sessions.map((session) => (
              <li key={session}>{session}</li>
            ))}
          </ul>
        </>
      ) : null}
      {status ? (
        <p role="status" className="notice">
          {t(STATUS_TEXT[status as keyof typeof STATUS_TEXT])}
        </p>
      ) : null}
      {status === "enrolled" && cohort.sessions.length ? (
        <p>
          <a href={`/${lang}/cohorts/${cohort.id}/calendar.ics`}>{t("cohort.join.calendar")}</a>
        </p>
      ) : null}
      {cohort.closed ? <p className="notice notice--bad">{t("cohort.join.closed")}</p> : null}
      {!status && !cohort.closed ? (
        signedIn ? (
          <>
            <p>
              {cohort.seatsLeft
                ? t("cohort.join.seatsLeft", { count: cohort.seatsLeft })
                : t("cohort.join.full")}
            </p>
            <Form method="post">
              <button type="submit">
                {cohort.seatsLeft ? t("cohort.join.enrol") : t("cohort.join.joinWaiting")}
              </button>
            </Form>
          </>
        ) : (
          <p>
            <Link to={`/${lang}/login?redirectTo=${encodeURIComponent(`/${lang}/join/${code}`)}`}>
              {t("cohort.join.loginFirst")}
            </Link>
          </p>
        )
      ) : null}
    </div>
  );
}
