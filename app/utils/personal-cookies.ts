/**
 * The cookies that make a page personal, named once: the app sets them, and the HTTP cache
 * (app/utils/http-cache.server.ts) and the server's page cache (server/page-cache.ts) never
 * share a page requested with one of them.
 */

/** The id of a logged-in user's session (app/account/session.server.ts). */
export const SESSION_COOKIE = "sta_session";
/** The progress of a visitor without an account (app/learning/anonymous-progress.server.ts). */
export const PROGRESS_COOKIE = "sta_progress";

const PERSONAL_COOKIE = new RegExp(`(?:^|;\\s*)(?:${SESSION_COOKIE}|${PROGRESS_COOKIE})=`);

/** Whether a `Cookie` header carries a session or saved progress. */
export function hasPersonalCookie(cookieHeader: string | null | undefined): boolean {
  return PERSONAL_COOKIE.test(cookieHeader ?? "");
}
