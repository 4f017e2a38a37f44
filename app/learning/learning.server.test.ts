import { describe, expect, test } from "vitest";

import { createAccount } from "~/account/account.server.ts";
import { getContent } from "~/content/store.server.ts";
import {
  addAnonymousProgress,
  mergeAnonymousProgress,
  readAnonymousProgress,
} from "~/learning/anonymous-progress.server.ts";
import { issueCertificateIfDue } from "~/learning/certificates.server.ts";
import { suggestCourses } from "~/learning/dashboard.server.ts";
import { markPartDone, partsDone } from "~/learning/progress.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { consumeRateLimit } from "~/utils/rate-limit.server.ts";

const learner = async () => {
  const user = await createAccount({
    name: "Progress Learner",
    email: `progress-${Date.now()}-${Math.random()}@example.org`,
    password: "a long enough password",
    language: "en",
  });
  if (!user) throw new Error("no account");
  return user.id;
};

const withCookie = (setCookie: string) =>
  new Request("http://localhost/", { headers: { Cookie: setCookie.split(";")[0] ?? "" } });

describe("progress", () => {
  test("marking a part twice records it once", async () => {
    const id = await learner();
    await markPartDone(id, "open-data", "theory");
    await markPartDone(id, "open-data", "theory");
    expect(await prisma.partProgress.count({ where: { userId: id } })).toBe(1);
  });

  test("a visitor's cookie progress moves into the account and the cookie is cleared", async () => {
    const first = await addAnonymousProgress(
      new Request("http://localhost/"),
      "open-data",
      "theory",
    );
    const second = await addAnonymousProgress(withCookie(first), "open-data", "toolbox");
    const again = await addAnonymousProgress(withCookie(second), "open-data", "toolbox");
    expect(await readAnonymousProgress(withCookie(again))).toEqual([
      "open-data/theory",
      "open-data/toolbox",
    ]);

    const id = await learner();
    await markPartDone(id, "open-data", "theory");
    const cleared = await mergeAnonymousProgress(withCookie(again), id);
    expect((await partsDone(id, "open-data")).sort()).toEqual(["theory", "toolbox"]);
    expect(cleared).toContain("Max-Age=0");
  });

  test("a tampered progress cookie is ignored", async () => {
    const request = new Request("http://localhost/", {
      headers: { Cookie: "sta_progress=WyJvcGVuLWRhdGEvdGhlb3J5Il0%3D.forged" },
    });
    expect(await readAnonymousProgress(request)).toEqual([]);
  });
});

describe("certificates", () => {
  test("issued once, only with every part done and a passed quiz", async () => {
    const id = await learner();
    for (const part of ["theory", "practice", "toolbox"] as const)
      await markPartDone(id, "open-data", part);
    await prisma.quizAttempt.create({
      data: {
        userId: id,
        course: "open-data",
        score: 90,
        passed: true,
        answers: "{}",
        language: "en",
      },
    });
    expect(await issueCertificateIfDue(id, "open-data")).toBeNull();
    await markPartDone(id, "open-data", "reference");
    const first = await issueCertificateIfDue(id, "open-data");
    expect(first?.code).toMatch(/^STA-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(first?.holderName).toBe("Progress Learner");
    const second = await issueCertificateIfDue(id, "open-data");
    expect(second?.id).toBe(first?.id);
    expect(await prisma.certificate.count({ where: { userId: id } })).toBe(1);
  });

  test("not issued after a failed quiz only", async () => {
    const id = await learner();
    for (const part of ["theory", "practice", "toolbox", "reference"] as const)
      await markPartDone(id, "open-data", part);
    await prisma.quizAttempt.create({
      data: {
        userId: id,
        course: "open-data",
        score: 60,
        passed: false,
        answers: "{}",
        language: "en",
      },
    });
    expect(await issueCertificateIfDue(id, "open-data")).toBeNull();
  });
});

describe("suggested courses", () => {
  test("prefer courses sharing jobs and DigComp areas with what was started, never a started one", () => {
    const { courses } = getContent();
    const started = new Set(["gdpr-essentials"]);
    const suggested = suggestCourses(courses, started, 3);
    expect(suggested).toHaveLength(3);
    expect(suggested.map((c) => c.slug)).not.toContain("gdpr-essentials");
    const gdprJobs = new Set(courses.find((c) => c.slug === "gdpr-essentials")?.jobs);
    expect(suggested[0]?.jobs.some((job) => gdprJobs.has(job))).toBe(true);
  });

  test("with nothing started, the catalogue order", () => {
    const { courses } = getContent();
    expect(suggestCourses(courses, new Set(), 2).map((c) => c.order)).toEqual([1, 2]);
  });
});

describe("rate limits", () => {
  test("allow max attempts per window, then refuse, then allow again once old attempts age out", async () => {
    const key = `unit:${Date.now()}`;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(key, 3, 60_000));
    expect(results).toEqual([true, true, true, false]);
    await prisma.rateLimitHit.updateMany({ where: { key }, data: { at: new Date(0) } });
    expect(await consumeRateLimit(key, 3, 60_000)).toBe(true);
    expect(await prisma.rateLimitHit.count({ where: { key } })).toBe(1);
  });

  test("parallel attempts never fail", async () => {
    const key = `unit:parallel:${Date.now()}`;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit(key, 100, 60_000)),
    );
    expect(results.every(Boolean)).toBe(true);
  });
});
