import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { prisma } from "../utils/db.server.ts";
import { sendCohortNotices, sendDueReminders } from "./cohort-mail.server.ts";

const HOUR = 3600_000;
let seq = 0;

function mailsTo(address: string) {
  const dir = process.env.OUTBOX_DIR!;
  return readdirSync(dir)
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")))
    .filter((mail: { to: string }) => mail.to === address) as { subject: string; text: string }[];
}

async function cohortWithLearners(now: Date, languages: string[]) {
  const stamp = `${Date.now()}-${++seq}`;
  const trainer = await prisma.user.create({
    data: { email: `t-${stamp}@example.org`, name: "Trainer", passwordHash: "x" },
  });
  const cohort = await prisma.cohort.create({
    data: {
      trainerId: trainer.id,
      title: `Atelier ${stamp}`,
      description: "",
      language: "fr",
      startsOn: now,
      endsOn: now,
      capacity: 10,
      joinCode: `MAIL${seq}${Date.now() % 10000}`,
      sessions: {
        create: [
          {
            startsAt: new Date(now.getTime() + 2 * HOUR),
            timeZone: "Europe/Paris",
            durationMinutes: 90,
            place: "Salle 2",
          },
          {
            startsAt: new Date(now.getTime() + 72 * HOUR),
            timeZone: "Europe/Rome",
            durationMinutes: 60,
            place: "https://meet.example/x",
          },
        ],
      },
    },
  });
  const learners = [];
  for (const [i, language] of languages.entries()) {
    const user = await prisma.user.create({
      data: {
        email: `l${i}-${stamp}@example.org`,
        name: `Learner ${i}`,
        passwordHash: "x",
        language,
      },
    });
    const enrollment = await prisma.enrollment.create({
      data: { cohortId: cohort.id, userId: user.id, status: i === 2 ? "waiting" : "enrolled" },
    });
    learners.push({ ...user, enrollmentId: enrollment.id });
  }
  return { cohort, learners };
}

describe("cohort emails", () => {
  test("an enrolment confirmation is written in the learner's language, with the sessions", async () => {
    const now = new Date();
    const { cohort, learners } = await cohortWithLearners(now, ["fr"]);
    const [learner] = learners;
    await sendCohortNotices(
      [{ kind: "enrolled", enrollmentId: learner!.enrollmentId }],
      "https://academy.example",
      now,
    );
    const [mail] = mailsTo(learner!.email);
    expect(mail?.subject).toBe(`Vous êtes inscrit·e\u00a0: ${cohort.title}`);
    expect(mail?.text).toContain("Salle 2");
    expect(mail?.text).toContain(`https://academy.example/fr/join/${cohort.joinCode}`);
    expect(mail?.text).toContain(`https://academy.example/fr/cohorts/${cohort.id}/calendar.ics`);
  });

  test("each live session starting within a day is reminded once, to enrolled learners only", async () => {
    const now = new Date(Date.now() + 1000 * HOUR);
    const { cohort, learners } = await cohortWithLearners(now, ["en", "es", "it"]);
    const [english, spanish, waiting] = learners;
    expect(await sendDueReminders("https://academy.example", now)).toBeGreaterThanOrEqual(2);
    expect(await sendDueReminders("https://academy.example", now)).toBe(0);
    const [toEnglish, ...more] = mailsTo(english!.email);
    expect(more).toHaveLength(0);
    expect(toEnglish?.subject).toBe(`Reminder: live session of ${cohort.title}`);
    expect(toEnglish?.text).toContain("Salle 2");
    expect(toEnglish?.text).not.toContain("meet.example");
    expect(mailsTo(spanish!.email)[0]?.subject).toContain("Recordatorio");
    expect(mailsTo(waiting!.email)).toHaveLength(0);
  });
});
