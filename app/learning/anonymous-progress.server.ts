import { createCookie } from "@remix-run/node";

import { type Part, PARTS } from "~/content/vocabulary.ts";
import { markPartDone } from "~/learning/progress.server.ts";
import { getEnv } from "~/utils/env.server.ts";
import { isHttps } from "~/utils/origin.server.ts";
import { PROGRESS_COOKIE } from "~/utils/personal-cookies.ts";

/** Progress of a visitor without an account, kept in a signed cookie until they sign up or log in. */
const progressCookie = createCookie(PROGRESS_COOKIE, {
  httpOnly: true,
  sameSite: "lax",
  path: "/",
  secure: isHttps(),
  secrets: [getEnv().SESSION_SECRET],
  maxAge: 180 * 24 * 60 * 60,
});

const MAX_ENTRIES = 200;
const isEntry = (value: unknown): value is string =>
  typeof value === "string" && /^[a-z0-9-]+\/[a-z]+$/.test(value);

export async function readAnonymousProgress(request: Request): Promise<string[]> {
  const value: unknown = await progressCookie.parse(request.headers.get("Cookie"));
  return Array.isArray(value) ? value.filter(isEntry) : [];
}

export function anonymousPartsDone(entries: string[], course: string): Part[] {
  return PARTS.filter((part) => entries.includes(`${course}/${part}`));
}

/** Adds a part to the visitor's cookie; returns the Set-Cookie header. */
export async function addAnonymousProgress(request: Request, course: string, part: Part) {
  const entries = await readAnonymousProgress(request);
  const entry = `${course}/${part}`;
  const next = entries.includes(entry) ? entries : [...entries, entry].slice(-MAX_ENTRIES);
  return progressCookie.serialize(next);
}

/** Moves the visitor's cookie progress into their account; returns the header that clears it. */
export async function mergeAnonymousProgress(request: Request, userId: string) {
  const entries = await readAnonymousProgress(request);
  for (const entry of entries) {
    const [course = "", part = ""] = entry.split("/");
    if ((PARTS as readonly string[]).includes(part))
      await markPartDone(userId, course, part as Part);
  }
  return entries.length ? progressCookie.serialize([], { maxAge: 0 }) : null;
}
