import { hashPassword, verifyPassword } from "~/account/password.server.ts";
import { endOtherSessions } from "~/account/session.server.ts";
import { consumeVerification, createVerification } from "~/account/tokens.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { queueMail } from "~/mail/outbox.server.ts";
import { isUniqueViolation, prisma } from "~/utils/db.server.ts";

type NewAccount = { name: string; email: string; password: string; language: Language };

/** Creates a learner account; null when the email is already used. */
export async function createAccount(account: NewAccount) {
  const existing = await prisma.user.findUnique({ where: { email: account.email } });
  if (existing) return null;
  const passwordHash = await hashPassword(account.password);
  try {
    return await prisma.user.create({
      data: {
        name: account.name,
        email: account.email,
        language: account.language,
        passwordHash,
        consentAt: new Date(),
      },
      select: { id: true },
    });
  } catch (error) {
    // Two signups with the same address at the same moment: the unique index decides.
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The user whose email and password match; the same null for an unknown email or a wrong password. */
export async function authenticate(email: string, password: string) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true },
  });
  return (await verifyPassword(user?.passwordHash, password)) && user ? { id: user.id } : null;
}

/**
 * Emails a reset link when the address has an account (the link and its email are saved
 * together, in one transaction); says nothing either way.
 */
export async function sendPasswordReset(email: string, lang: Language, origin: string) {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  if (!user) return;
  const t = getFixedT(lang, "account");
  await prisma.$transaction(async (tx) => {
    const token = await createVerification(user.id, "reset-password", undefined, tx);
    await queueMail(tx, {
      to: email,
      subject: t("mail.resetSubject"),
      text: t("mail.resetText", { link: `${origin}/${lang}/reset-password?token=${token}` }),
    });
  });
}

/** Sets a new password from a reset link and ends every session; false if the link is not usable. */
export async function resetPassword(token: string, password: string) {
  const verification = await consumeVerification(token, "reset-password");
  if (!verification) return false;
  await prisma.user.update({
    where: { id: verification.userId },
    data: { passwordHash: await hashPassword(password) },
  });
  await endOtherSessions(verification.userId);
  return true;
}

/** Whether a signed-in user typed their password right (asked again before a sensitive change). */
export async function passwordMatches(userId: string, password: string) {
  const { passwordHash } = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { passwordHash: true },
  });
  return verifyPassword(passwordHash, password);
}

export async function changePassword(
  userId: string,
  current: string,
  password: string,
  sessionId: string | null,
) {
  if (!(await passwordMatches(userId, current))) return false;
  await prisma.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(password) },
  });
  await endOtherSessions(userId, sessionId);
  return true;
}

export type EmailChangeResult = "sent" | "wrong-password" | "taken";

/** Emails a confirmation link to the new address; the email changes only when it is opened. */
export async function requestEmailChange(
  userId: string,
  input: { email: string; password: string },
  lang: Language,
  origin: string,
): Promise<EmailChangeResult> {
  if (!(await passwordMatches(userId, input.password))) return "wrong-password";
  if (await prisma.user.findUnique({ where: { email: input.email } })) return "taken";
  const t = getFixedT(lang, "account");
  await prisma.$transaction(async (tx) => {
    const token = await createVerification(userId, "change-email", input.email, tx);
    await queueMail(tx, {
      to: input.email,
      subject: t("mail.emailSubject"),
      text: t("mail.emailText", { link: `${origin}/${lang}/verify-email?token=${token}` }),
    });
  });
  return "sent";
}

export async function confirmEmailChange(token: string) {
  const verification = await consumeVerification(token, "change-email");
  if (!verification?.target) return false;
  if (await prisma.user.findUnique({ where: { email: verification.target } })) return false;
  await prisma.user.update({
    where: { id: verification.userId },
    data: { email: verification.target },
  });
  return true;
}

/** Removes the person and everything about them; their certificates stay, revoked and anonymous. */
export async function deleteAccount(userId: string) {
  await prisma.$transaction([
    prisma.certificate.updateMany({
      where: { userId },
      data: { userId: null, holderName: "", revokedAt: new Date() },
    }),
    prisma.user.delete({ where: { id: userId } }),
  ]);
}
