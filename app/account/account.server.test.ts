import { describe, expect, test } from "vitest";

import {
  authenticate,
  changePassword,
  confirmEmailChange,
  createAccount,
  deleteAccount,
  requestEmailChange,
  resetPassword,
  sendPasswordReset,
} from "~/account/account.server.ts";
import { exportUserData } from "~/account/export.server.ts";
import { createVerification } from "~/account/tokens.server.ts";
import { prisma } from "~/utils/db.server.ts";

const PASSWORD = "correct horse battery";
let counter = 0;
const newAccount = async () => {
  const email = `unit-${++counter}-${Date.now()}@example.org`;
  const user = await createAccount({
    name: "Unit Learner",
    email,
    password: PASSWORD,
    language: "fr",
  });
  if (!user) throw new Error("account not created");
  return { ...user, email };
};

describe("accounts", () => {
  test("an email can hold one account; the password is stored hashed", async () => {
    const { email, id } = await newAccount();
    expect(
      await createAccount({ name: "Twin", email, password: PASSWORD, language: "en" }),
    ).toBeNull();
    const stored = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);
  });

  test("a wrong password and an unknown email give the same answer", async () => {
    const { email, id } = await newAccount();
    expect(await authenticate(email, PASSWORD)).toEqual({ id });
    expect(await authenticate(email, "wrong password")).toBeNull();
    expect(await authenticate("nobody@example.org", PASSWORD)).toBeNull();
  });

  test("a reset link works once, and not after it expires", async () => {
    const { id, email } = await newAccount();
    await prisma.session.create({ data: { userId: id, expiresAt: new Date(Date.now() + 60_000) } });
    const token = await createVerification(id, "reset-password");
    expect(await resetPassword(token, "a brand new password")).toBe(true);
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
    expect(await authenticate(email, "a brand new password")).toEqual({ id });
    expect(await resetPassword(token, "yet another password")).toBe(false);

    const old = await createVerification(id, "reset-password");
    await prisma.verification.updateMany({
      where: { userId: id, usedAt: null },
      data: { expiresAt: new Date(0) },
    });
    expect(await resetPassword(old, "yet another password")).toBe(false);
    expect(await resetPassword("made-up-token", "yet another password")).toBe(false);
  });

  test("asking for a reset of an unknown address sends nothing and says nothing", async () => {
    await expect(
      sendPasswordReset("ghost@example.org", "en", "http://localhost"),
    ).resolves.toBeUndefined();
    expect(await prisma.outboxEmail.count({ where: { to: "ghost@example.org" } })).toBe(0);
  });

  test("a reset queues an email, in the asked language, whose link resets the password", async () => {
    const { id, email } = await newAccount();
    await sendPasswordReset(email, "it", "https://academy.example");
    const queued = await prisma.outboxEmail.findFirstOrThrow({ where: { to: email } });
    expect(queued.status).toBe("pending");
    const link = /https:\/\/academy\.example\/it\/reset-password\?token=(\S+)/.exec(queued.text);
    expect(await resetPassword(link?.[1] ?? "", "a brand new password")).toBe(true);
    expect(await authenticate(email, "a brand new password")).toEqual({ id });
  });

  test("a token for one purpose cannot be used for another", async () => {
    const { id } = await newAccount();
    const token = await createVerification(id, "change-email", "new@example.org");
    expect(await resetPassword(token, "a brand new password")).toBe(false);
  });

  test("changing the password needs the current one and ends the other sessions", async () => {
    const { id } = await newAccount();
    const kept = await prisma.session.create({
      data: { userId: id, expiresAt: new Date(Date.now() + 60_000) },
    });
    await prisma.session.create({ data: { userId: id, expiresAt: new Date(Date.now() + 60_000) } });
    expect(await changePassword(id, "not it", "another password!", kept.id)).toBe(false);
    expect(await changePassword(id, PASSWORD, "another password!", kept.id)).toBe(true);
    expect(await prisma.session.findMany({ where: { userId: id }, select: { id: true } })).toEqual([
      { id: kept.id },
    ]);
  });

  test("a new email is set only through the link sent to it", async () => {
    const { id } = await newAccount();
    const next = `next-${Date.now()}@example.org`;
    expect(await requestEmailChange(id, { email: next, password: "wrong" }, "en", "http://x")).toBe(
      "wrong-password",
    );
    expect(
      await requestEmailChange(id, { email: next, password: PASSWORD }, "en", "http://x"),
    ).toBe("sent");
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).email).not.toBe(next);
    const verification = await prisma.verification.findFirstOrThrow({
      where: { userId: id, purpose: "change-email" },
    });
    expect(verification.target).toBe(next);
    const token = await createVerification(id, "change-email", next);
    expect(await confirmEmailChange(token)).toBe(true);
    expect((await prisma.user.findUniqueOrThrow({ where: { id } })).email).toBe(next);
  });
});

describe("own data", () => {
  test("the export holds the profile, progress, quiz attempts and certificates, and no secret", async () => {
    const { id, email } = await newAccount();
    await prisma.partProgress.create({ data: { userId: id, course: "open-data", part: "theory" } });
    await prisma.quizAttempt.create({
      data: {
        userId: id,
        course: "open-data",
        score: 80,
        passed: true,
        answers: '{"a":[1]}',
        language: "fr",
      },
    });
    await prisma.certificate.create({
      data: {
        code: `STA-T${counter}`,
        userId: id,
        course: "open-data",
        holderName: "Unit Learner",
        competences: "1.1,1.2",
      },
    });
    const exported = await exportUserData(id);
    expect(exported.profile).toMatchObject({
      name: "Unit Learner",
      email,
      role: "learner",
      language: "fr",
    });
    expect(exported.progress).toEqual([
      expect.objectContaining({ course: "open-data", part: "theory" }),
    ]);
    expect(exported.quizAttempts).toEqual([
      expect.objectContaining({ score: 80, answers: { a: [1] } }),
    ]);
    expect(exported.certificates).toEqual([
      expect.objectContaining({ competences: ["1.1", "1.2"] }),
    ]);
    const user = await prisma.user.findUniqueOrThrow({ where: { id } });
    const keys = Object.keys(user).filter((k) => !["id", "passwordHash", "updatedAt"].includes(k));
    expect(Object.keys(exported.profile).sort()).toEqual(keys.sort());
    expect(JSON.stringify(exported)).not.toContain(user.passwordHash);
  });

  test("deleting an account removes the person and their progress, and revokes their certificates", async () => {
    const { id } = await newAccount();
    await prisma.partProgress.create({ data: { userId: id, course: "open-data", part: "theory" } });
    const certificate = await prisma.certificate.create({
      data: {
        code: `STA-D${counter}`,
        userId: id,
        course: "open-data",
        holderName: "Unit Learner",
        competences: "1.1",
      },
    });
    await deleteAccount(id);
    expect(await prisma.user.findUnique({ where: { id } })).toBeNull();
    expect(await prisma.partProgress.count({ where: { userId: id } })).toBe(0);
    const revoked = await prisma.certificate.findUniqueOrThrow({ where: { id: certificate.id } });
    expect(revoked).toMatchObject({ userId: null, holderName: "" });
    expect(revoked.revokedAt).toBeInstanceOf(Date);
  });
});
