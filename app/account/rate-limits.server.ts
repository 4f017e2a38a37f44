import type { AppLoadContext } from "@remix-run/node";

import { getEnv } from "~/utils/env.server.ts";
import { limitAddress } from "~/utils/limit-address.ts";
import { consumeRateLimit, resetRateLimit } from "~/utils/rate-limit.server.ts";
import { clientIp } from "~/utils/request-info.server.ts";

/** Every budget below is for 15 minutes, sliding (the messages say so). */
export const WINDOW_MS = 15 * 60 * 1000;

const address = (context: AppLoadContext) => limitAddress(clientIp(context));
const accountKey = (action: string, email: string) => `${action}:account:${email}`;
const accountAddressKey = (email: string, context: AppLoadContext) =>
  `login:account:${email}:ip:${address(context)}`;

/**
 * Signup and password reset: a budget per client address and, when the form names one, per
 * account. False once either is spent.
 */
export async function allowAuthAttempt(context: AppLoadContext, action: string, email?: string) {
  const env = getEnv();
  const byIp = await consumeRateLimit(
    `${action}:ip:${address(context)}`,
    env.AUTH_RATE_LIMIT_PER_IP,
    WINDOW_MS,
  );
  if (!byIp || !email) return byIp;
  return consumeRateLimit(accountKey(action, email), env.AUTH_RATE_LIMIT_PER_ACCOUNT, WINDOW_MS);
}

/**
 * A login, counted before its password is checked: "too-many" once the address has spent its
 * budget (across accounts) or its small budget for this account, so a stranger who guesses
 * locks out only their own address; "locked" once the account's larger budget across all
 * addresses is spent (a guessing run from many addresses), which its owner can lift from an
 * emailed link (app/account/account-lock.server.ts).
 */
export async function countLoginAttempt(context: AppLoadContext, email: string) {
  const env = getEnv();
  if (!(await allowAuthAttempt(context, "login"))) return "too-many";
  const byAccountAndAddress = await consumeRateLimit(
    accountAddressKey(email, context),
    env.AUTH_RATE_LIMIT_PER_ACCOUNT,
    WINDOW_MS,
  );
  if (!byAccountAndAddress) return "too-many";
  const byAccount = await consumeRateLimit(
    accountKey("login", email),
    env.AUTH_ACCOUNT_LOCK_AFTER,
    WINDOW_MS,
  );
  return byAccount ? "allowed" : "locked";
}

/**
 * A successful login clears the account's count (and, given the request, its address's count
 * for the account): the budgets stop a run of wrong passwords, not a person who logs in often.
 */
export async function forgetFailedLogins(email: string, context?: AppLoadContext) {
  await resetRateLimit(accountKey("login", email));
  if (context) await resetRateLimit(accountAddressKey(email, context));
}

/**
 * The current password asked again by a logged-in user (to change the email address or the
 * password, or to delete the account): a budget per account and per address, so a stolen
 * session cannot be used to guess the password.
 */
export async function allowPasswordCheck(context: AppLoadContext, userId: string) {
  const env = getEnv();
  const byIp = await consumeRateLimit(
    `password:ip:${address(context)}`,
    env.AUTH_RATE_LIMIT_PER_IP,
    WINDOW_MS,
  );
  if (!byIp) return false;
  return consumeRateLimit(`password:account:${userId}`, env.AUTH_RATE_LIMIT_PER_ACCOUNT, WINDOW_MS);
}
