import { describe, expect, test } from "vitest";

import { runCohortJobs } from "~/cohorts/background-jobs.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { claimJobLease } from "~/utils/job-lease.server.ts";

const MINUTE = 60_000;

describe("job leases", () => {
  test("one instance holds a job for its period; another takes it only once it has ended", async () => {
    const now = new Date();
    const later = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
    const period = 10 * MINUTE;
    expect(await claimJobLease("test-job", period, { holder: "a", now })).toBe(true);
    expect(await claimJobLease("test-job", period, { holder: "b", now: later(5) })).toBe(false);
    expect(await claimJobLease("test-job", period, { holder: "a", now: later(10) })).toBe(true);
    expect(await claimJobLease("test-job", period, { holder: "b", now: later(15) })).toBe(false);
    expect(await claimJobLease("test-job", period, { holder: "b", now: later(21) })).toBe(true);
    expect(await claimJobLease("test-job", period, { holder: "a", now: later(25) })).toBe(false);
  });

  test("instances starting together: one of them gets the new job", async () => {
    const claims = await Promise.all(
      ["a", "b", "c", "d"].map((holder) => claimJobLease("first-run", MINUTE, { holder })),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  test("the cohort jobs skip a job whose lease another instance holds", async () => {
    const now = new Date();
    const trainer = await prisma.user.create({
      data: { email: `lease-${Date.now()}@example.org`, name: "T", passwordHash: "x" },
    });
    const cohort = await prisma.cohort.create({
      data: {
        trainerId: trainer.id,
        title: "Leased",
        description: "",
        language: "en",
        startsOn: now,
        endsOn: now,
        capacity: 5,
        joinCode: `LEASE${Date.now() % 100000}`,
        sessions: {
          create: {
            startsAt: new Date(now.getTime() + 60 * MINUTE),
            timeZone: "Europe/Paris",
            durationMinutes: 60,
            place: "Room 1",
          },
        },
      },
      include: { sessions: true },
    });
    const reminded = async () =>
      (await prisma.liveSession.findUniqueOrThrow({ where: { id: cohort.sessions[0]!.id } }))
        .remindedAt;
    await prisma.jobLease.create({
      data: {
        name: "cohort-reminders",
        holder: "another-instance",
        until: new Date(now.getTime() + 10 * MINUTE),
      },
    });
    await runCohortJobs(now);
    expect(await reminded()).toBeNull();
    await runCohortJobs(new Date(now.getTime() + 10 * MINUTE));
    expect(await reminded()).not.toBeNull();
  });
});
