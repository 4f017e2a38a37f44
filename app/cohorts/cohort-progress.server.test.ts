import { expect, test } from "vitest";

import { cohortProgress } from "~/cohorts/cohort-progress.server.ts";
import { prisma } from "~/utils/db.server.ts";

let seq = 0;
const learner = (name: string) =>
  prisma.user.create({
    data: { email: `matrix-${Date.now()}-${++seq}@example.org`, name, passwordHash: "x" },
  });

test("each learner's row has their own parts, best quiz score and certificates, course by course", async () => {
  const [ana, ben] = [await learner("Ana"), await learner("Ben")];
  await prisma.partProgress.createMany({
    data: [
      { userId: ana.id, course: "a", part: "theory", completedAt: new Date("2026-11-02") },
      { userId: ana.id, course: "a", part: "practice", completedAt: new Date("2026-11-05") },
      { userId: ana.id, course: "b", part: "theory", completedAt: new Date("2026-11-03") },
      { userId: ben.id, course: "b", part: "toolbox", completedAt: new Date("2026-11-04") },
      { userId: ben.id, course: "other", part: "theory", completedAt: new Date("2026-11-09") },
    ],
  });
  const attempt = { answers: "{}", language: "en", passed: false };
  await prisma.quizAttempt.createMany({
    data: [
      { ...attempt, userId: ana.id, course: "a", score: 40 },
      { ...attempt, userId: ana.id, course: "a", score: 90, passed: true },
      { ...attempt, userId: ben.id, course: "b", score: 60 },
    ],
  });
  await prisma.certificate.create({
    data: {
      code: `M-${Date.now()}`,
      userId: ben.id,
      course: "b",
      holderName: "Ben",
      competences: "",
    },
  });

  const rows = await cohortProgress(
    ["a", "b"],
    [ana, ben].map((u) => ({ userId: u.id, status: "enrolled", user: u })),
  );

  expect(
    rows.map(({ name, courses, percent, lastActivity }) => ({
      name,
      courses,
      percent,
      lastActivity,
    })),
  ).toEqual([
    {
      name: "Ana",
      courses: {
        a: { percent: 50, quiz: 90, certificate: false },
        b: { percent: 25, quiz: null, certificate: false },
      },
      percent: 38,
      lastActivity: new Date("2026-11-05"),
    },
    {
      name: "Ben",
      courses: {
        a: { percent: 0, quiz: null, certificate: false },
        b: { percent: 25, quiz: 60, certificate: true },
      },
      percent: 13,
      lastActivity: new Date("2026-11-04"),
    },
  ]);
});

test("a course counts the known parts done once each, and the last activity is the latest part done in the cohort's courses", async () => {
  const cleo = await learner("Cleo");
  await prisma.partProgress.createMany({
    data: [
      { userId: cleo.id, course: "a", part: "theory", completedAt: new Date("2026-11-02") },
      { userId: cleo.id, course: "a", part: "reference", completedAt: new Date("2026-11-08") },
      // A part name the course no longer has (renamed content) is not progress.
      { userId: cleo.id, course: "a", part: "legacy-intro", completedAt: new Date("2026-11-10") },
      { userId: cleo.id, course: "b", part: "theory", completedAt: new Date("2026-11-06") },
      { userId: cleo.id, course: "b", part: "practice", completedAt: new Date("2026-11-07") },
      { userId: cleo.id, course: "b", part: "toolbox", completedAt: new Date("2026-11-01") },
      { userId: cleo.id, course: "b", part: "reference", completedAt: new Date("2026-11-03") },
    ],
  });

  const [row] = await cohortProgress(
    ["a", "b"],
    [{ userId: cleo.id, status: "enrolled", user: cleo }],
  );

  expect(row!.courses).toEqual({
    a: { percent: 50, quiz: null, certificate: false },
    b: { percent: 100, quiz: null, certificate: false },
  });
  expect(row!.percent).toBe(75);
  expect(row!.lastActivity).toEqual(new Date("2026-11-08"));
});
