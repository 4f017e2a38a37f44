import { afterEach, describe, expect, test } from "vitest";

import { startBackgroundJobs, stopBackgroundJobs } from "~/cohorts/background-jobs.server.ts";
import { queueMail } from "~/mail/outbox.server.ts";
import { prisma } from "~/utils/db.server.ts";

afterEach(() => stopBackgroundJobs());

describe("background jobs", () => {
  test("stopping waits for the round under way: the queued email is delivered first", async () => {
    const to = `drain-${Date.now()}@example.org`;
    await queueMail(prisma, { to, subject: "Before shutdown", text: "Hello" });
    startBackgroundJobs();
    await stopBackgroundJobs();
    expect(await prisma.outboxEmail.findFirstOrThrow({ where: { to } })).toMatchObject({
      status: "sent",
      attempts: 1,
    });
    expect(await prisma.jobLease.count({ where: { name: "cohort-reminders" } })).toBe(1);
  });

  test("BACKGROUND_JOBS=off starts nothing, not even the email worker", async () => {
    const to = `off-${Date.now()}@example.org`;
    await queueMail(prisma, { to, subject: "Stays queued", text: "Hello" });
    process.env.BACKGROUND_JOBS = "off";
    try {
      startBackgroundJobs();
      await stopBackgroundJobs();
    } finally {
      delete process.env.BACKGROUND_JOBS;
    }
    expect((await prisma.outboxEmail.findFirstOrThrow({ where: { to } })).status).toBe("pending");
  });
});
