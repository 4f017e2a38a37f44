import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, test } from "vitest";

import { createAccount } from "~/account/account.server.ts";
import { admitLogin, unlockAccount } from "~/account/account-lock.server.ts";
import { createVerification } from "~/account/tokens.server.ts";
import type { Language } from "~/i18n/languages.ts";
import { prisma } from "~/utils/db.server.ts";

const ORIGIN = "https://academy.example";
let seq = 0;
const fromAddress = () => ({ clientIp: `198.51.100.${++seq}` }) as AppLoadContext;
const request = (cookie?: string) =>
  new Request(`${ORIGIN}/en/login`, { headers: cookie ? { Cookie: cookie } : {} });

async function newAccount(language: Language = "fr") {
  const email = `lock-${++seq}-${Date.now()}@example.org`;
  const user = await createAccount({ name: "Owner", email, password: "a long password", language });
  if (!user) throw new Error("account not created");
  return { id: user.id, email };
}

/** Ten attempts from ten addresses: the account's budget across addresses is spent. */
async function lock(email: string) {
  for (let i = 0; i < 10; i++) await admitLogin(request(), fromAddress(), email, ORIGIN);
}

const unlockMails = (email: string) =>
  prisma.outboxEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

// Each test makes a dozen login attempts of about ten statements each.
describe("a locked account", { timeout: 30_000 }, () => {
  test("its owner is emailed, in their language and once per lock, a link to unlock it", async () => {
    const { email } = await newAccount("it");
    await lock(email);
    expect(await unlockMails(email)).toHaveLength(0);
    expect(await admitLogin(request(), fromAddress(), email, ORIGIN)).toBe("locked");
    expect(await admitLogin(request(), fromAddress(), email, ORIGIN)).toBe("locked");
    const mails = await unlockMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Il tuo account Social Tech Academy è bloccato");
    expect(mails[0]?.text).toMatch(/https:\/\/academy\.example\/it\/unlock\?token=\S+/);
  });

  test("an address no account uses gets the same answer, and no email goes out", async () => {
    const email = `nobody-${Date.now()}@example.org`;
    await lock(email);
    expect(await admitLogin(request(), fromAddress(), email, ORIGIN)).toBe("locked");
    expect(await unlockMails(email)).toHaveLength(0);
  });

  test("the link unlocks it once, and the browser it was opened in stays let in", async () => {
    const { email } = await newAccount();
    await lock(email);
    await admitLogin(request(), fromAddress(), email, ORIGIN);
    const token = /unlock\?token=(\S+)/.exec((await unlockMails(email))[0]?.text ?? "")?.[1];
    const cookie = await unlockAccount(token ?? "");
    expect(cookie).toMatch(/^sta_unlock=/);
    expect(await unlockAccount(token ?? "")).toBeNull();

    expect(await admitLogin(request(), fromAddress(), email, ORIGIN)).toBe("allowed");
    await lock(email);
    expect(await admitLogin(request(), fromAddress(), email, ORIGIN)).toBe("locked");
    const browser = cookie!.split(";")[0];
    expect(await admitLogin(request(browser), fromAddress(), email, ORIGIN)).toBe("allowed");
  });

  test("the unlock cookie is worth nothing for another account, and other links do not unlock", async () => {
    const owner = await newAccount();
    const other = await newAccount();
    const cookie = await unlockAccount(await createVerification(owner.id, "unlock-login"));
    expect(await unlockAccount(await createVerification(other.id, "reset-password"))).toBeNull();
    await lock(other.email);
    const browser = cookie!.split(";")[0];
    expect(await admitLogin(request(browser), fromAddress(), other.email, ORIGIN)).toBe("locked");
    expect(await admitLogin(request("sta_unlock=forged"), fromAddress(), other.email, ORIGIN)).toBe(
      "locked",
    );
  });
});
