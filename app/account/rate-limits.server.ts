import type { AppLoadContext } from "@remix-run/node";

import { getEnv } from "~/utils/env.server.ts";
import { consumeRateLimit, resetRateLimit } from "~/utils/rate-limit.server.ts";
import { clientIp } from "~/utils/request-info.server.ts";

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Login, signup and password reset: a budget per client address and, when the form names
 * one, per account. False once either is spent for the current 15 minutes.
 */
export async function allowAuthAttempt(context: AppLoadContext, action: string, email?: string) {
  const env = getEnv();
  const byIp = await consumeRateLimit(
    `${action}:ip:${clientIp(context)}`,
    env.AUTH_RATE_LIMIT_PER_IP,
    WINDOW_MS,
  );
  if (!byIp || !email) return byIp;
  return consumeRateLimit(accountKey(action, email), env.AUTH_RATE_LIMIT_PER_ACCOUNT, WINDOW_MS);
}

const accountKey = (action: string, email: string) => `${action}:account:${email}`;

/**
 * A successful login clears the account's count: the per-account budget stops a run of wrong
 * passwords, not a person who logs in often (on several devices, say).
 */
export function forgetFailedLogins(email: string) {
  return resetRateLimit(accountKey("login", email));
}
