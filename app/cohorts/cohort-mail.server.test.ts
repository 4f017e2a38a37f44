import { beforeAll, describe, expect, test } from "vitest";

import { queueDueReminders } from "~/cohorts/cohort-mail.server.ts";
import { enroll, releaseStaleHolds } from "~/cohorts/enrollment.server.ts";
import { giveUpSeat, removeLearner, settleSeatsAfterEdit } from "~/payments/payments.server.ts";
import { prisma } from "~/utils/db.server.ts";

import { queuedSubjects } from "../../tests/unit/outbox.ts";

const HOUR = 3600_000;
let seq = 0;

beforeAll(() => {
  process.env.PUBLIC_URL = "https://academy.example";
});

const lastQueuedTo = (to: string) =>
  prisma.outboxEmail.findFirstOrThrow({ where: { to }, orderBy: [{ createdAt: "desc" }] });

async function learner(language = "en") {
  return prisma.user.create({
    data: {
      email: `l-${Date.now()}-${++seq}@example.org`,
      name: `Learner ${seq}`,
      passwordHash: "x",
      language,
    },
  });
}

async function cohortWithSessions(now: Date, { capacity = 10, priceCents = 0 } = {}) {
  const trainer = await learner("fr");
  return prisma.cohort.create({
    data: {
      trainerId: trainer.id,
      title: `Atelier ${++seq}`,
      description: "",
      language: "fr",
      startsOn: now,
      endsOn: now,
      capacity,
      priceCents,
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
}

describe("cohort emails", () => {
  test("an enrolment queues its confirmation in the learner's language, with the sessions", async () => {
    const cohort = await cohortWithSessions(new Date());
    const french = await learner("fr");
    await enroll(cohort.id, french.id);
    const mail = await lastQueuedTo(french.email);
    expect(mail.subject).toBe(`Vous êtes inscrit·e\u00a0: ${cohort.title}`);
    expect(mail.text).toContain("Salle 2");
    expect(mail.text).toContain(`https://academy.example/fr/join/${cohort.joinCode}`);
    expect(mail.text).toContain(`https://academy.example/fr/cohorts/${cohort.id}/calendar.ics`);
    await enroll(cohort.id, french.id);
    expect(await queuedSubjects(french.email)).toHaveLength(1);
  });

  test("each live session starting within a day is reminded once, to enrolled learners only", async () => {
    const now = new Date(Date.now() + 1000 * HOUR);
    const cohort = await cohortWithSessions(now, { capacity: 2 });
    const [english, spanish, waiting] = [await learner("en"), await learner("es"), await learner()];
    for (const { id } of [english, spanish, waiting]) await enroll(cohort.id, id);
    expect(await queueDueReminders(now)).toBeGreaterThanOrEqual(2);
    expect(await queueDueReminders(now)).toBe(0);
    const reminders = (address: string) =>
      prisma.outboxEmail.findMany({ where: { to: address, subject: { contains: "emind" } } });
    const [toEnglish, ...more] = await reminders(english.email);
    expect(more).toHaveLength(0);
    expect(toEnglish?.subject).toBe(`Reminder: live session of ${cohort.title}`);
    expect(toEnglish?.text).toContain("Salle 2");
    expect(toEnglish?.text).not.toContain("meet.example");
    expect((await queuedSubjects(spanish.email)).at(-1)).toContain("Recordatorio");
    expect(await queuedSubjects(waiting.email)).toEqual([`Waiting list: ${cohort.title}`]);
  });
});

describe("cohort commands queue their own notices", () => {
  test("enrolling in a full cohort queues the waiting-list notice", async () => {
    const cohort = await cohortWithSessions(new Date(), { capacity: 1 });
    const [first, second] = [await learner(), await learner("it")];
    await enroll(cohort.id, first.id);
    await enroll(cohort.id, second.id);
    expect(await queuedSubjects(first.email)).toEqual([`You are enrolled: ${cohort.title}`]);
    expect(await queuedSubjects(second.email)).toEqual([
      expect.stringMatching(new RegExp(`${cohort.title}$`)),
    ]);
    expect((await lastQueuedTo(second.email)).text).toContain("/it/join/");
  });

  test("removing a learner queues the removal notice and the freed seat's, with no route", async () => {
    const cohort = await cohortWithSessions(new Date(), { capacity: 1 });
    const [removed, next] = [await learner(), await learner()];
    await enroll(cohort.id, removed.id);
    await enroll(cohort.id, next.id);
    await removeLearner(cohort.id, removed.id);
    expect((await queuedSubjects(removed.email)).at(-1)).toBe(
      `You are no longer in the cohort ${cohort.title}`,
    );
    expect((await queuedSubjects(next.email)).at(-1)).toBe(`You are enrolled: ${cohort.title}`);
  });

  test("giving up a seat tells the learner who gets it", async () => {
    const cohort = await cohortWithSessions(new Date(), { capacity: 1 });
    const [leaver, next] = [await learner(), await learner()];
    const seat = await enroll(cohort.id, leaver.id);
    await enroll(cohort.id, next.id);
    if (seat.status === "closed") throw new Error("cohort closed");
    await giveUpSeat({ id: seat.enrollmentId, cohortId: cohort.id, userId: leaver.id });
    expect(await queuedSubjects(leaver.email)).toEqual([`You are enrolled: ${cohort.title}`]);
    expect((await queuedSubjects(next.email)).at(-1)).toBe(`You are enrolled: ${cohort.title}`);
  });

  test("seats added by an edit are announced to the waiting list", async () => {
    const cohort = await cohortWithSessions(new Date(), { capacity: 0 });
    const waiting = await learner();
    await enroll(cohort.id, waiting.id);
    await prisma.cohort.update({ where: { id: cohort.id }, data: { capacity: 1 } });
    await settleSeatsAfterEdit(cohort.id);
    expect(await queuedSubjects(waiting.email)).toEqual([
      `Waiting list: ${cohort.title}`,
      `You are enrolled: ${cohort.title}`,
    ]);
  });

  test("a stale held seat released by the background job tells both learners", async () => {
    const cohort = await cohortWithSessions(new Date(), { capacity: 1, priceCents: 2000 });
    const [idle, next] = [await learner(), await learner()];
    await enroll(cohort.id, idle.id);
    await enroll(cohort.id, next.id);
    await prisma.enrollment.updateMany({
      where: { cohortId: cohort.id, status: "pending_payment" },
      data: { updatedAt: new Date(Date.now() - 49 * HOUR) },
    });
    await releaseStaleHolds();
    expect(await queuedSubjects(idle.email)).toEqual([`Seat released: ${cohort.title}`]);
    expect(await queuedSubjects(next.email)).toEqual([
      `Waiting list: ${cohort.title}`,
      `A seat is free for you: ${cohort.title}`,
    ]);
  });
});
