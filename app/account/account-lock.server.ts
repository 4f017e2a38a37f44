import type { AppLoadContext } from "@remix-run/node";
import { createCookie } from "@remix-run/node";

import { countLoginAttempt, forgetFailedLogins, WINDOW_MS } from "~/account/rate-limits.server.ts";
import { consumeVerification, createVerification } from "~/account/tokens.server.ts";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages.ts";
import { queueMail } from "~/mail/outbox.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { isHttps } from "~/utils/origin.server.ts";
import { consumeRateLimit } from "~/utils/rate-limit.server.ts";

const UNLOCK_DAYS = 30;

/**
 * Set by the emailed unlock link in its owner's browser: that browser may log in to the account
 * while it is locked, so a stranger who keeps locking it cannot keep its owner out.
 */
const unlockCookie = createCookie("sta_unlock", {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: isHttps(),
  secrets: [getEnv().SESSION_SECRET],
  maxAge: UNLOCK_DAYS * 24 * 60 * 60,
});

/** Whether the request comes from a browser its owner unlocked the account `email` in. */
async function unlockedInThisBrowser(request: Request, email: string) {
  const userId: unknown = await unlockCookie.parse(request.headers.get("Cookie"));
  if (typeof userId !== "string") return false;
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  return user?.id === userId;
}

/**
 * Emails the owner of a locked account, once per lock (15 minutes), a link that unlocks it, in
 * their own language. Says nothing when no account uses the address.
 */
async function sendUnlockLink(email: string, origin: string) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, language: true },
  });
  if (!user || !(await consumeRateLimit(`login:unlock-mail:${email}`, 1, WINDOW_MS))) return;
  const lang = isLanguage(user.language) ? user.language : DEFAULT_LANGUAGE;
  const t = getFixedT(lang, "account");
  await prisma.$transaction(async (tx) => {
    const token = await createVerification(user.id, "unlock-login", undefined, tx);
    await queueMail(tx, {
      to: email,
      subject: t("mail.unlockSubject"),
      text: t("mail.unlockText", { link: `${origin}/${lang}/unlock?token=${token}` }),
    });
  });
}

/**
 * Whether a login may go on to its password check: "too-many" when this address has tried too
 * often, "locked" when the account is locked (its owner has been emailed a link to unlock it,
 * and a browser unlocked that way gets through).
 */
export async function admitLogin(
  request: Request,
  context: AppLoadContext,
  email: string,
  origin: string,
) {
  const outcome = await countLoginAttempt(context, email);
  if (outcome !== "locked") return outcome;
  if (await unlockedInThisBrowser(request, email)) return "allowed";
  await sendUnlockLink(email, origin);
  return outcome;
}

/**
 * Opens an emailed unlock link: the account's failed logins are forgotten and this browser may
 * log in even if the account is locked again. Returns the cookie to set, or null when the link
 * is not usable.
 */
export async function unlockAccount(token: string) {
  const verification = await consumeVerification(token, "unlock-login");
  const user =
    verification &&
    (await prisma.user.findUnique({
      where: { id: verification.userId },
      select: { id: true, email: true },
    }));
  if (!user) return null;
  await forgetFailedLogins(user.email);
  return unlockCookie.serialize(user.id);
}
