import { describe, expect, test } from "vitest";

import { hasPersonalCookie, PROGRESS_COOKIE, SESSION_COOKIE } from "~/utils/personal-cookies.ts";

describe("hasPersonalCookie", () => {
  test("a session or progress cookie, first or among others", () => {
    expect(hasPersonalCookie(`${SESSION_COOKIE}=abc`)).toBe(true);
    expect(hasPersonalCookie(`theme=dark; ${PROGRESS_COOKIE}=xyz`)).toBe(true);
    expect(hasPersonalCookie(`theme=dark;${SESSION_COOKIE}=abc`)).toBe(true);
  });

  test("no cookie, other cookies, or names that only contain a personal one", () => {
    expect(hasPersonalCookie(null)).toBe(false);
    expect(hasPersonalCookie(undefined)).toBe(false);
    expect(hasPersonalCookie("")).toBe(false);
    expect(hasPersonalCookie("theme=dark")).toBe(false);
    expect(hasPersonalCookie(`x${SESSION_COOKIE}=abc`)).toBe(false);
    expect(hasPersonalCookie(`${PROGRESS_COOKIE}_old=abc`)).toBe(false);
  });
});
