import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { getUser, requireUser } from "~/account/auth.server.ts";
import { findCohortByCode } from "~/cohorts/cohorts.server.ts";
import type { ActiveEnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { joinCohort, joinPage, leaveCohort, payForSeat } from "~/cohorts/join.server.ts";
import { formatInZone } from "~/cohorts/time-zones.ts";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { CourseLinks } from "~/content/course-links.tsx";
import { findCourse } from "~/content/queries.server.ts";
import { parseIntent } from "~/utils/intent.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await getUser(request);
  const payment = new URL(request.url).searchParams.get("payment");
  const join = await joinPage(params.code ?? "", user?.id ?? null, payment === "done");
  if (!join) throw redirect(`/${lang}/join?code=${encodeURIComponent(params.code ?? "")}`);
  const { cohort, seatsLeft, place } = join;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  return {
    lang,
    code: cohort.joinCode,
    cohort: {
      id: cohort.id,
      title: cohort.title,
      description: cohort.description,
      trainer: cohort.trainer.name,
      closed: Boolean(cohort.archivedAt),
      dates: `${date.format(cohort.startsOn)} – ${date.format(cohort.endsOn)}`,
      price: cohort.priceCents
        ? new Intl.NumberFormat(lang, { style: "currency", currency: cohort.currency }).format(
            cohort.priceCents / 100,
          )
        : null,
      seatsLeft,
      courses: cohort.courses.map((c) => ({
        slug: c.course,
        title: findCourse(c.course)?.locales[lang].title ?? c.course,
      })),
      sessions: cohort.sessions.map(
        (s) => `${formatInZone(s.startsAt, s.timeZone, lang)} · ${s.place}`,
      ),
    },
    signedIn: Boolean(user),
    status: place?.status ?? null,
    heldUntil: place?.heldUntil
      ? new Intl.DateTimeFormat(lang, { timeStyle: "short", timeZone: "UTC" }).format(
          place.heldUntil,
        ) + " UTC"
      : null,
    processing: Boolean(place?.processing),
    payment,
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.cohort.title),
);

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const cohort = await findCohortByCode(params.code ?? "");
  invariantResponse(cohort, "Cohort not found");
  const origin = publicOrigin(request);
  // A POST without an intent (a plain request to the join link, with no body) means "enrol".
  const form = await request.formData().catch(() => new FormData());
  const intent = form.has("intent") ? parseIntent(form, ["enrol", "leave", "pay"]) : "enrol";
  const outcome =
    intent === "leave"
      ? await leaveCohort(cohort, user.id)
      : intent === "pay"
        ? await payForSeat(cohort, user.id, lang, origin)
        : await joinCohort(cohort, user.id, lang, origin);
  if (outcome.to === "error") return data({ error: outcome.error }, { status: outcome.status });
  return redirect(outcome.to === "checkout" ? outcome.url : `/${lang}/join/${cohort.joinCode}`);
}

const STATUS_TEXT = {
  enrolled: "cohort.join.enrolled",
  waiting: "cohort.join.waiting",
  pending_payment: "cohort.join.pendingPayment",
} as const satisfies Record<ActiveEnrollmentStatus, string>;

export default function JoinCohort() {
  const { lang, code, cohort, signedIn, status, heldUntil, processing, payment } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const { t } = useTranslation("cohorts");
  const error = actionData && "error" in actionData ? actionData.error : null;
  return (
    <div className="page">
      <h1>{cohort.title}</h1>
      {cohort.description ? <p className="lead offer-description">{cohort.description}</p> : null}
      <dl className="facts">
        <dt>{t("cohort.join.trainer")}</dt>
        <dd>{cohort.trainer}</dd>
        <dt>{t("cohort.join.dates")}</dt>
        <dd>{cohort.dates}</dd>
        <dt>{t("cohort.page.price")}</dt>
        <dd>{cohort.price ?? t("cohort.page.free")}</dd>
      </dl>
      <h2>{t("cohort.join.courses")}</h2>
      <CourseLinks lang={lang} courses={cohort.courses} />
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
      {error ? (
        <p role="alert" className="notice notice--bad">
          {t(`cohort.join.errors.${error}`)}
        </p>
      ) : null}
      {status ? (
        <div role="status" className="notice">
          <p>{t(STATUS_TEXT[status])}</p>
          {status === "pending_payment" && processing ? (
            <p>{t("cohort.join.paymentProcessing")}</p>
          ) : status === "pending_payment" ? (
            <p>
              {payment === "done"
                ? t("cohort.join.paymentConfirming")
                : payment === "cancelled"
                  ? t("cohort.join.paymentCancelled")
                  : null}{" "}
              {heldUntil ? t("cohort.join.heldUntil", { time: heldUntil }) : null}
            </p>
          ) : null}
          {status === "enrolled" && payment === "done" ? (
            <p>{t("cohort.join.paymentReceived")}</p>
          ) : null}
        </div>
      ) : null}
      {status === "enrolled" && cohort.sessions.length ? (
        <p>
          <a href={`/${lang}/cohorts/${cohort.id}/calendar.ics`}>{t("cohort.join.calendar")}</a>
        </p>
      ) : null}
      {status === "pending_payment" && !processing ? (
        <Form method="post">
          <button type="submit" name="intent" value="pay" disabled={busy}>
            {t("cohort.join.pay", { price: cohort.price })}
          </button>
        </Form>
      ) : null}
      {status && !processing ? (
        <Form method="post">
          <button type="submit" name="intent" value="leave" className="link-button">
            {status === "waiting" ? t("cohort.join.leaveWaiting") : t("cohort.join.leave")}
          </button>
        </Form>
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
            {cohort.price && cohort.seatsLeft ? <p>{t("cohort.join.paidLead")}</p> : null}
            <Form method="post">
              <button type="submit" name="intent" value="enrol" disabled={busy}>
                {cohort.seatsLeft
                  ? cohort.price
                    ? t("cohort.join.enrolAndPay", { price: cohort.price })
                    : t("cohort.join.enrol")
                  : t("cohort.join.joinWaiting")}
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

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="join" />;
