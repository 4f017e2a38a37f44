import type { AppLoadContext } from "@remix-run/node";
import { describe, expect, test } from "vitest";

import { createAccount } from "~/account/account.server.ts";
import { handleAccountAction } from "~/account/account-action.server.ts";
import type { SessionUser } from "~/account/auth.server.ts";

const PASSWORD = "a long enough password";
let seq = 0;
const context = () => ({ clientIp: `203.0.113.${++seq}` }) as AppLoadContext;

async function newUser(): Promise<SessionUser> {
  const email = `action-${++seq}-${Date.now()}@example.org`;
  const user = await createAccount({ name: "Learner", email, password: PASSWORD, language: "en" });
  if (!user) throw new Error("account not created");
  return { id: user.id, name: "Learner", email, role: "learner", language: "en" };
}

async function post(user: SessionUser, fields: Record<string, string>) {
  const request = new Request("http://localhost/en/account", {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  const response = await handleAccountAction(request, user, "en", "http://localhost", context());
  return response as unknown as {
    init: { status: number } | null;
    data: { result: { error?: Record<string, string[]>; initialValue?: Record<string, unknown> } };
  };
}

// Six password checks of about ten statements each, and argon2 for each.
describe("the password asked again on the account page", { timeout: 30_000 }, () => {
  test("to change the email address: five tries, then refused even when right, the new address kept", async () => {
    const user = await newUser();
    const form = { intent: "email", email: `new-${seq}@example.org` };
    for (let i = 0; i < 5; i++) {
      const wrong = await post(user, { ...form, password: `wrong password ${i}` });
      expect(wrong.data.result.error?.password).toEqual(["errors.passwordWrong"]);
    }
    const refused = await post(user, { ...form, password: PASSWORD });
    expect(refused.init?.status).toBe(429);
    expect(refused.data.result.error?.password).toEqual(["errors.rateLimited"]);
    expect(refused.data.result.initialValue?.email).toBe(form.email);
  });

  test("to change the password: five tries, then refused even when right", async () => {
    const user = await newUser();
    const form = {
      intent: "password",
      password: "a brand new password",
      confirm: "a brand new password",
    };
    for (let i = 0; i < 5; i++) {
      const wrong = await post(user, { ...form, current: `wrong password ${i}` });
      expect(wrong.data.result.error?.current).toEqual(["errors.passwordWrong"]);
    }
    const refused = await post(user, { ...form, current: PASSWORD });
    expect(refused.init?.status).toBe(429);
    expect(refused.data.result.error?.current).toEqual(["errors.rateLimited"]);
  });
});
