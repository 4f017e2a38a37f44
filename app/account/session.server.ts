import { createCookie } from "@remix-run/node";

import { prisma } from "~/utils/db.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { isHttps } from "~/utils/origin.server.ts";
import { SESSION_COOKIE } from "~/utils/personal-cookies.ts";

const SESSION_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Holds only the id of a server-side session: the session itself lives in the database. */
const sessionCookie = createCookie(SESSION_COOKIE, {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: isHttps(),
  secrets: [getEnv().SESSION_SECRET],
  maxAge: SESSION_DAYS * 24 * 60 * 60,
});

export async function getSessionId(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

export const isLive = (session: { expiresAt: Date }) => session.expiresAt >= new Date();

/** The user id of a live session, or null. */
export async function getSessionUserId(request: Request): Promise<string | null> {
  const id = await getSessionId(request);
  if (!id) return null;
  const session = await prisma.session.findUnique({
    where: { id },
    select: { userId: true, expiresAt: true },
  });
  if (!session || !isLive(session)) return null;
  return session.userId;
}

/** Starts a session and returns the Set-Cookie header that carries it. */
export async function startSession(userId: string): Promise<string> {
  const session = await prisma.session.create({
    data: { userId, expiresAt: new Date(Date.now() + SESSION_DAYS * DAY_MS) },
  });
  return sessionCookie.serialize(session.id);
}

/** Ends the request's session and returns the Set-Cookie header that clears it. */
export async function endSession(request: Request): Promise<string> {
  const id = await getSessionId(request);
  if (id) await prisma.session.deleteMany({ where: { id } });
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** Ends every session of a user (after a password change or reset), but the one given. */
export async function endOtherSessions(userId: string, keepSessionId?: string | null) {
  await prisma.session.deleteMany({
    where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
}
