import { getFixedT } from "../i18next.server.ts";
import { DEFAULT_LANGUAGE, isLanguage } from "../languages.ts";
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

async function sendNotice({ kind, enrollmentId }: CohortNotice, origin: string, now: Date) {
  const enrollment = await prisma.enrollment.findUniqueOrThrow({
    where: { id: enrollmentId },
    include: {
      user: { select: { email: true, name: true, language: true } },
      cohort: {
        include: { sessions: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" } } },
      },
    },
  });
  const { user, cohort } = enrollment;
  const lang = isLanguage(user.language) ? user.language : DEFAULT_LANGUAGE;
  const t = getFixedT(lang, "cohorts");
  const link = `${origin}/${lang}/join/${cohort.joinCode}`;
  const sessions = cohort.sessions.map(
    (s) => `- ${formatInZone(s.startsAt, s.timeZone, lang)} · ${s.place}`,
  );
  const parts = [
    t("cohort.mail.greeting", { name: user.name }),
    t(`cohort.mail.${kind}.text`, { cohort: cohort.title }),
    kind === "enrolled" && sessions.length
      ? `${t("cohort.mail.sessions")}\n${sessions.join("\n")}\n\n${t("cohort.mail.calendar", {
          link: `${origin}/${lang}/cohorts/${cohort.id}/calendar.ics`,
        })}`
      : null,
    t("cohort.mail.link", { link }),
  ];
  await sendMail({
    to: user.email,
    subject: t(`cohort.mail.${kind}.subject`, { cohort: cohort.title }),
    text: parts.filter(Boolean).join("\n\n"),
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
    for (const { user } of session.cohort.enrollments) {
      const lang = isLanguage(user.language) ? user.language : DEFAULT_LANGUAGE;
      const t = getFixedT(lang, "cohorts");
      const when = formatInZone(session.startsAt, session.timeZone, lang);
      try {
        await sendMail({
          to: user.email,
          subject: t("cohort.mail.reminder.subject", { cohort: session.cohort.title }),
          text: [
            t("cohort.mail.greeting", { name: user.name }),
            t("cohort.mail.reminder.text", {
              cohort: session.cohort.title,
              when,
              place: session.place,
            }),
            t("cohort.mail.link", { link: `${origin}/${lang}/join/${session.cohort.joinCode}` }),
          ].join("\n\n"),
        });
        sent++;
      } catch (error) {
        console.error(`Could not send the reminder of session ${session.id}`, error);
      }
    }
  }
  return sent;
}
