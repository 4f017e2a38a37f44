import { describe, expect, test } from "vitest";

import { getUser, safeRedirect } from "~/account/auth.server.ts";
import { getSessionId, startSession } from "~/account/session.server.ts";
import { prisma } from "~/utils/db.server.ts";

const FALLBACK = "/en/learn";

describe("safeRedirect", () => {
  test.each([
    ["/fr/courses/open-data/theory", "/fr/courses/open-data/theory"],
    ["/en/trainer/cohorts?done=created#top", "/en/trainer/cohorts?done=created#top"],
    ["/en/courses/../learn", "/en/learn"],
    ["/en/%2F%2Fevil.example", "/en/%2F%2Fevil.example"],
    ["/%5Cevil.example", "/%5Cevil.example"],
  ])("keeps the path %s on this site", (to, expected) => {
    expect(safeRedirect(to, FALLBACK)).toBe(expected);
  });

  test.each([
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/ /evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "https://evil.example/en/learn",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "evil.example",
    "",
  ])("refuses %j", (to) => {
    expect(safeRedirect(to, FALLBACK)).toBe(FALLBACK);
  });

  test("refuses what is not text", () => {
    expect(safeRedirect(null, FALLBACK)).toBe(FALLBACK);
    expect(safeRedirect(undefined, FALLBACK)).toBe(FALLBACK);
    expect(safeRedirect(new File([], "x"), FALLBACK)).toBe(FALLBACK);
  });
});

describe("getUser", () => {
  const requestWith = (setCookie: string) =>
    new Request("http://localhost/en/learn", {
      headers: { Cookie: setCookie.split(";")[0] ?? "" },
    });

  test("a live session's user, and no one for an expired session or no cookie", async () => {
    const user = await prisma.user.create({
      data: { email: `get-user-${Date.now()}@example.org`, name: "Lina", passwordHash: "x" },
    });
    const live = await startSession(user.id);
    expect(await getUser(requestWith(live))).toMatchObject({ id: user.id, name: "Lina" });

    const expired = await startSession(user.id);
    await prisma.session.updateMany({
      where: { userId: user.id, id: { not: (await getSessionId(requestWith(live))) ?? "" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await getUser(requestWith(expired))).toBeNull();
    expect(await getUser(new Request("http://localhost/en/learn"))).toBeNull();
  });
});
