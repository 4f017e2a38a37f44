import { redirect } from "@remix-run/node";

import { parseRole, type Role } from "~/account/roles.ts";
import { getSessionId, getSessionUserId, isLive } from "~/account/session.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { prisma } from "~/utils/db.server.ts";

const userSelect = { id: true, name: true, email: true, role: true, language: true } as const;

/** The user of the request's live session, read with the session in one query. */
async function loadUser(request: Request) {
  const sessionId = await getSessionId(request);
  if (!sessionId) return null;
  const session = await prisma.session.findUnique({
    where: { id: sessionId },
    select: { expiresAt: true, user: { select: userSelect } },
  });
  if (!session || !isLive(session)) return null;
  return { ...session.user, role: parseRole(session.user.role) };
}
export type SessionUser = NonNullable<Awaited<ReturnType<typeof loadUser>>>;

const usersByRequest = new WeakMap<Request, Promise<SessionUser | null>>();

/**
 * The logged-in user of a request, looked up once per request however many loaders ask
 * (the root, the page and the progress helpers all do).
 */
export function getUser(request: Request): Promise<SessionUser | null> {
  let user = usersByRequest.get(request);
  if (!user) {
    user = loadUser(request);
    usersByRequest.set(request, user);
  }
  return user;
}

const PLACEHOLDER_ORIGIN = "http://same-origin.invalid";

/**
 * A safe place to return to after logging in: a path on this site, never another origin.
 * Browsers read `\` as `/` and drop tabs and line breaks, so `/\evil.example` or
 * `/\t/evil.example` would leave the site: anything with a backslash, a control character or
 * a space is refused, and the path is returned as the URL parser normalised it (which turns
 * `/.//evil.example` into `//evil.example`, refused too).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback: string) {
  if (typeof to !== "string" || !to.startsWith("/") || /[\\\s\p{Cc}]/u.test(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  if (url.origin !== PLACEHOLDER_ORIGIN || path.startsWith("//")) return fallback;
  return path;
}

/** The logged-in user, or a redirect to the login page that comes back here afterwards. */
export async function requireUser(request: Request, lang: Language): Promise<SessionUser> {
  const user = await getUser(request);
  if (!user) {
    const { pathname, search } = new URL(request.url);
    const redirectTo = encodeURIComponent(pathname + search);
    throw redirect(`/${lang}/login?redirectTo=${redirectTo}`);
  }
  return user;
}

/** The logged-in user if they hold one of the roles (admins hold them all), else 403. */
export async function requireRole(request: Request, lang: Language, ...roles: Role[]) {
  const user = await requireUser(request, lang);
  if (user.role !== "admin" && !roles.includes(user.role)) {
    throw new Response("Forbidden", { status: 403 });
  }
  return user;
}

/** Pages for visitors only (login, signup) send logged-in users to their dashboard. */
export async function requireAnonymous(request: Request, lang: Language) {
  if (await getSessionUserId(request)) throw redirect(`/${lang}/learn`);
}
