import { getFixedT } from "../i18next.server.ts";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "../languages.ts";
import { prisma } from "../utils/db.server.ts";
import { sendMail } from "../utils/mail.server.ts";
import { formatInZone } from "./time-zones.ts";

/** What a learner is told by email about their place in a cohort. */
export type CohortNotice = {
  kind: "enrolled" | "waiting" | "seatOffered" | "seatReleased" | "removed";
  enrollmentId: string;
};

/** What the learner who gets a freed seat is told: enrolled, or invited to pay for it. */
export function promotionNotice(promoted: { id: string; status: string }): CohortNotice {
  return {
    kind: promoted.status === "enrolled" ? "enrolled" : "seatOffered",
    enrollmentId: promoted.id,
  };
}

/**
 * Emails each learner concerned, in their own language. A mail that cannot be sent is
 * logged and never undoes the enrolment it reports.
 */
export async function sendCohortNotices(notices: CohortNotice[], origin: string, now = new Date()) {
  for (const notice of notices) {
    try {
      await sendNotice(notice, origin, now);
    } catch (error) {
      console.error(`Could not send the "${notice.kind}" email of ${notice.enrollmentId}`, error);
    }
  }
}

type Learner = { email: string; name: string; language: string };
type CohortT = ReturnType<typeof getFixedT<"cohorts">>;

/**
 * An email to a learner in their own language: a greeting, what `write` says, and the link to
 * the cohort's page.
 */
function mailLearner(
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
  return sendMail({ to: user.email, subject, text: text.filter(Boolean).join("\n\n") });
}

async function sendNotice({ kind, enrollmentId }: CohortNotice, origin: string, now: Date) {
  const { user, cohort } = await prisma.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: {
      user: { select: { email: true, name: true, language: true } },
      cohort: {
        include: { sessions: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" } } },
      },
    },
  });
  await mailLearner(user, { origin, joinCode: cohort.joinCode }, (t, lang) => {
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
}

const REMINDER_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Reminds the enrolled learners of each live session starting within the next 24 hours, once:
 * a session is claimed by a single update before its emails go out, so that two server
 * processes running this at the same time never send a reminder twice.
 */
export async function sendDueReminders(origin: string, now = new Date()) {
  const due = await prisma.liveSession.findMany({
    where: {
      remindedAt: null,
      startsAt: { gt: now, lte: new Date(now.getTime() + REMINDER_WINDOW_MS) },
      cohort: { archivedAt: null },
    },
    include: {
      cohort: {
        include: {
          enrollments: {
            where: { status: "enrolled" },
            include: { user: { select: { email: true, name: true, language: true } } },
          },
        },
      },
    },
  });
  let sent = 0;
  for (const session of due) {
    const claim = await prisma.liveSession.updateMany({
      where: { id: session.id, remindedAt: null },
      data: { remindedAt: now },
    });
    if (!claim.count) continue;
    const { cohort } = session;
    for (const { user } of cohort.enrollments) {
      try {
        await mailLearner(user, { origin, joinCode: cohort.joinCode }, (t, lang) => ({
          subject: t("cohort.mail.reminder.subject", { cohort: cohort.title }),
          body: [
            t("cohort.mail.reminder.text", {
              cohort: cohort.title,
              when: formatInZone(session.startsAt, session.timeZone, lang),
              place: session.place,
            }),
          ],
        }));
        sent++;
      } catch (error) {
        console.error(`Could not send the reminder of session ${session.id}`, error);
      }
    }
  }
  return sent;
}
