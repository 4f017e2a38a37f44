import type { Tx } from "~/cohorts/enrollment.server.ts";
import type { EnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { formatInZone } from "~/cohorts/time-zones.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "~/i18n/languages.ts";
import { queueMail } from "~/mail/outbox.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { configuredOrigin } from "~/utils/origin.server.ts";

/** What a learner is told by email about their place in a cohort. */
export type CohortNotice = {
  kind: "enrolled" | "waiting" | "seatOffered" | "seatReleased" | "removed";
  enrollmentId: string;
};

/** What the learner who gets a freed seat is told: enrolled, or invited to pay for it. */
export function promotionNotice(promoted: { id: string; status: EnrollmentStatus }): CohortNotice {
  return {
    kind: promoted.status === "enrolled" ? "enrolled" : "seatOffered",
    enrollmentId: promoted.id,
  };
}

/**
 * Queues the email of each notice for the learner concerned, in their own language, with
 * `tx`: the cohort command that causes the notices writes them in its own transaction.
 */
export async function queueCohortNotices(tx: Tx, notices: CohortNotice[], now = new Date()) {
  for (const notice of notices) await queueNotice(tx, notice, now);
}

type Learner = { email: string; name: string; language: string };
type CohortT = ReturnType<typeof getFixedT<"cohorts">>;

/**
 * An email to a learner in their own language: a greeting, what `write` says, and the link to
 * the cohort's page.
 */
function learnerMail(
  user: Learner,
  cohortPage: { origin: string; joinCode: string },
  write: (t: CohortT, lang: Language) => { subject: string; body: (string | null)[] },
) {
  const lang = isLanguage(user.language) ? user.language : DEFAULT_LANGUAGE;
  const t = getFixedT(lang, "cohorts");
  const { subject, body } = write(t, lang);
  const link = `${cohortPage.origin}/${lang}/join/${cohortPage.joinCode}`;
  const text = [
    t("cohort.mail.greeting", { name: user.name }),
    ...body,
    t("cohort.mail.link", { link }),
  ];
  return { to: user.email, subject, text: text.filter(Boolean).join("\n\n") };
}

async function queueNotice(tx: Tx, { kind, enrollmentId }: CohortNotice, now: Date) {
  const origin = configuredOrigin();
  const { user, cohort } = await tx.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: {
      user: { select: { email: true, name: true, language: true } },
      cohort: {
        include: { sessions: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" } } },
      },
    },
  });
  const mail = learnerMail(user, { origin, joinCode: cohort.joinCode }, (t, lang) => {
    const sessions = cohort.sessions.map(
      (s) => `- ${formatInZone(s.startsAt, s.timeZone, lang)} · ${s.place}`,
    );
    const calendar = `${origin}/${lang}/cohorts/${cohort.id}/calendar.ics`;
    return {
      subject: t(`cohort.mail.${kind}.subject`, { cohort: cohort.title }),
      body: [
        t(`cohort.mail.${kind}.text`, { cohort: cohort.title }),
        kind === "enrolled" && sessions.length
          ? `${t("cohort.mail.sessions")}\n${sessions.join("\n")}\n\n${t("cohort.mail.calendar", { link: calendar })}`
          : null,
      ],
    };
  });
  await queueMail(tx, mail);
}

const REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds the enrolled learners of each live session starting within the next 24 hours, once:
 * a session is claimed by a single update, in the transaction that queues its emails, so that
 * two server processes running this at the same time never remind twice. Returns the number
 * of emails queued.
 */
export async function queueDueReminders(now = new Date()) {
  const origin = configuredOrigin();
  const due = await prisma.liveSession.findMany({
    where: {
      remindedAt: null,
      startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_WINDOW_MS) },
      cohort: { archivedAt: null },
    },
    select: { id: true },
  });
  let queued = 0;
  for (const { id } of due) {
    queued += await prisma.$transaction(async (tx) => {
      const claim = await tx.liveSession.updateMany({
        where: { id, remindedAt: null },
        data: { remindedAt: now },
      });
      if (!claim.count) return 0;
      const session = await tx.liveSession.findUniqueOrThrow({
        where: { id },
        include: {
          cohort: {
            include: {
              enrollments: {
                where: { status: "enrolled" satisfies EnrollmentStatus },
                include: { user: { select: { email: true, name: true, language: true } } },
              },
            },
          },
        },
      });
      const { cohort } = session;
      for (const { user } of cohort.enrollments) {
        const mail = learnerMail(user, { origin, joinCode: cohort.joinCode }, (t, lang) => ({
          subject: t("cohort.mail.reminder.subject", { cohort: cohort.title }),
          body: [
            t("cohort.mail.reminder.text", {
              cohort: cohort.title,
              when: formatInZone(session.startsAt, session.timeZone, lang),
              place: session.place,
            }),
          ],
        }));
        await queueMail(tx, mail);
      }
      return cohort.enrollments.length;
    });
  }
  return queued;
}
