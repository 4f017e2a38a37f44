import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, test } from "vitest";

import {
  allowAuthAttempt,
  allowPasswordCheck,
  countLoginAttempt,
  forgetFailedLogins,
} from "~/account/rate-limits.server.ts";

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

// Up to 25 attempts a test, of a few statements each.
describe("login budgets per account and address", { timeout: 20_000 }, () => {
  const login = (email: string, ip: string) => countLoginAttempt(fromAddress(ip), email);

  test("a stranger's wrong passwords lock out their own address only", async () => {
    const email = `owner-${Date.now()}@example.org`;
    const stranger = uniqueIp();
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await login(email, stranger));
    expect(results).toEqual([...Array<string>(5).fill("allowed"), "too-many", "too-many"]);
    expect(await login(email, uniqueIp())).toBe("allowed");
  });

  test("ten attempts from any addresses lock the account, for every address", async () => {
    const email = `guessed-${Date.now()}@example.org`;
    for (let i = 0; i < 10; i++) expect(await login(email, uniqueIp())).toBe("allowed");
    expect(await login(email, uniqueIp())).toBe("locked");
    expect(await login(`other-${Date.now()}@example.org`, uniqueIp())).toBe("allowed");
  });

  test("attempts refused for their address do not count toward the account's lock", async () => {
    const email = `patient-${Date.now()}@example.org`;
    const stranger = uniqueIp();
    for (let i = 0; i < 20; i++) await login(email, stranger);
    for (let i = 0; i < 5; i++) expect(await login(email, uniqueIp())).toBe("allowed");
  });

  test("a successful login clears the account's count and its address's", async () => {
    const email = `back-${Date.now()}@example.org`;
    const owner = uniqueIp();
    for (let i = 0; i < 5; i++) await login(email, owner);
    for (let i = 0; i < 5; i++) await login(email, uniqueIp());
    await forgetFailedLogins(email, fromAddress(owner));
    for (let i = 0; i < 5; i++) expect(await login(email, owner)).toBe("allowed");
    for (let i = 0; i < 5; i++) expect(await login(email, uniqueIp())).toBe("allowed");
  });

  test("the addresses of one IPv6 /64 share one budget", async () => {
    const email = `six-${Date.now()}@example.org`;
    const prefix = `2001:db8:${(++seq).toString(16)}:1`;
    for (let i = 1; i <= 5; i++) expect(await login(email, `${prefix}::${i}`)).toBe("allowed");
    expect(await login(email, `${prefix}::6`)).toBe("too-many");
    expect(await login(email, `2001:db8:${(++seq).toString(16)}:1::1`)).toBe("allowed");
  });
});

describe("password checks of a logged-in user", { timeout: 20_000 }, () => {
  test("five per account, from any address, then refused; other accounts keep theirs", async () => {
    const userId = `user-${Date.now()}`;
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await allowPasswordCheck(fromAddress(uniqueIp()), userId));
    expect(results).toEqual([true, true, true, true, true, false]);
    expect(await allowPasswordCheck(fromAddress(uniqueIp()), `${userId}-other`)).toBe(true);
  });

  test("twenty per address across accounts", async () => {
    const ip = uniqueIp();
    const results = [];
    for (let i = 0; i < 21; i++)
      results.push(await allowPasswordCheck(fromAddress(ip), `user-${Date.now()}-${i}`));
    expect(results.filter(Boolean)).toHaveLength(20);
    expect(results.at(-1)).toBe(false);
  });
});
