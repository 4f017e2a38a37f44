import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, test } from "vitest";

import { allowAuthAttempt, forgetFailedLogins } from "~/account/rate-limits.server.ts";

let seq = 0;
const fromAddress = (ip: string) => ({ clientIp: ip }) as AppLoadContext;
const uniqueIp = () => `192.0.2.${++seq}`;

async function attempts(count: number, email: string, ip = uniqueIp) {
  const results = [];
  for (let i = 0; i < count; i++)
    results.push(await allowAuthAttempt(fromAddress(ip()), "login", email));
  return results;
}

describe("login rate limits", () => {
  test("an account takes five attempts in a row, from any address, then waits", async () => {
    const email = `limited-${Date.now()}@example.org`;
    expect(await attempts(6, email)).toEqual([true, true, true, true, true, false]);
  });

  test("a successful login gives the account its budget back", async () => {
    const email = `often-${Date.now()}@example.org`;
    expect(await attempts(5, email)).toEqual([true, true, true, true, true]);
    await forgetFailedLogins(email);
    expect(await attempts(5, email)).toEqual([true, true, true, true, true]);
  });

  test("one address takes twenty attempts across accounts", async () => {
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < 21; i++) {
      results.push(
        await allowAuthAttempt(fromAddress(ip), "login", `x${i}-${Date.now()}@example.org`),
      );
    }
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results.at(-1)).toBe(false);
  });
});
