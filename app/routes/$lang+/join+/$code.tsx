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
import { enroll, rebalanceSeats } from "~/cohorts/enrollment.server.ts";
import { formatInZone } from "~/cohorts/time-zones.ts";
import { CourseLinks } from "~/content/course-links.tsx";
import { findCourse } from "~/content/queries.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { checkoutUrl } from "~/payments/checkout.server.ts";
import { giveUpSeat } from "~/payments/payments.server.ts";
import { refreshPayments } from "~/payments/reconciliation.server.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";
import { pageMeta } from "~/utils/meta.ts";
import { publicOrigin } from "~/utils/origin.server.ts";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const cohort = await findCohortByCode(params.code ?? "");
  if (!cohort) throw redirect(`/${lang}/join?code=${encodeURIComponent(params.code ?? "")}`);
  const user = await getUser(request);
  const payment = new URL(request.url).searchParams.get("payment");
  if (user && payment === "done" && paymentsEnabled()) {
    // Back from paying: if Stripe's webhook has not come yet, ask Stripe.
    const held = await prisma.enrollment.findUnique({
      where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
    });
    if (held?.status === "pending_payment") await refreshPayments(held.id);
  }
  const [trainer, taken, mine] = await Promise.all([
    prisma.user.findUniqueOrThrow({ where: { id: cohort.trainerId }, select: { name: true } }),
    prisma.enrollment.count({
      where: { cohortId: cohort.id, status: { in: ["enrolled", "pending_payment"] } },
    }),
    user
      ? prisma.enrollment.findUnique({
          where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
          include: {
            payments: {
              where: { status: { in: ["open", "processing"] } },
              orderBy: { expiresAt: "desc" },
            },
          },
        })
      : null,
  ]);
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  const heldUntil = mine?.payments.find((p) => p.status === "open")?.expiresAt;
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
      price: cohort.priceCents
        ? new Intl.NumberFormat(lang, { style: "currency", currency: cohort.currency }).format(
            cohort.priceCents / 100,
          )
        : null,
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
    heldUntil: heldUntil
      ? new Intl.DateTimeFormat(lang, { timeStyle: "short", timeZone: "UTC" }).format(heldUntil) +
        " UTC"
      : null,
    processing: Boolean(mine?.payments.some((p) => p.status === "processing")),
    payment,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => pageMeta(data?.cohort.title);

type ActionError = "paymentUnavailable" | "cannotLeave" | "paidCannotLeave";

/** Sends the learner to pay for a held seat; if Stripe cannot be reached, the seat stays held. */
async function goToCheckout(enrollmentId: string, lang: Language, origin: string, here: string) {
  try {
    // No URL: nothing left to pay (paid meanwhile, or no seat held), as the page will say.
    return redirect((await checkoutUrl(enrollmentId, lang, origin)) ?? here);
  } catch (error) {
    console.error("Could not open a Stripe Checkout session", error);
    return data({ error: "paymentUnavailable" as ActionError }, { status: 503 });
  }
}

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const cohort = await findCohortByCode(params.code ?? "");
  invariantResponse(cohort, "Cohort not found");
  const origin = publicOrigin(request);
  const here = `/${lang}/join/${cohort.joinCode}`;
  // A POST without a form body (a plain request to the join link) means "enrol".
  const intent = await request.formData().then(
    (form) => form.get("intent"),
    () => null,
  );
  const mine = await prisma.enrollment.findUnique({
    where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
  });

  if (intent === "leave") {
    if (!mine || mine.status === "removed") return redirect(here);
    try {
      const outcome = await giveUpSeat(mine);
      if (outcome.kept) return data({ error: "paidCannotLeave" as ActionError }, { status: 409 });
    } catch (error) {
      console.error("Could not give up a seat", error);
      return data({ error: "cannotLeave" as ActionError }, { status: 503 });
    }
    return redirect(here);
  }
  if (intent === "pay") {
    // Paid already (a second click, or the webhook came first): the page says so.
    if (mine?.status !== "pending_payment" || cohort.archivedAt) return redirect(here);
    if (cohort.priceCents === 0) {
      // Made free since the seat was held: the seat is confirmed instead.
      await rebalanceSeats(cohort.id);
      return redirect(here);
    }
    return goToCheckout(mine.id, lang, origin, here);
  }

  const result = await enroll(cohort.id, user.id);
  if (result.status === "pending_payment") {
    return goToCheckout(result.enrollmentId, lang, origin, here);
  }
  return redirect(here);
}

const STATUS_TEXT = {
  enrolled: "cohort.join.enrolled",
  waiting: "cohort.join.waiting",
  pending_payment: "cohort.join.pendingPayment",
} as const;

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
          <p>{t(STATUS_TEXT[status as keyof typeof STATUS_TEXT])}</p>
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
