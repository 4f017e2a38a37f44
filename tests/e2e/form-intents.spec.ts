import { expect, test } from "./fixtures.ts";
import { inDays, logIn, PASSWORD, signUp } from "./helpers.ts";

test("the account page answers 400 to an intent it does not know, and changes nothing", async ({
  page,
  browser,
}) => {
  const email = await signUp(page, "en");
  const origin = new URL(page.url()).origin;
  // The password form's fields: an unknown or missing intent used to change the password.
  const fields = {
    current: PASSWORD,
    password: "another long password",
    confirm: "another long password",
  };
  for (const form of [{ ...fields, intent: "delete-everything" }, fields]) {
    const response = await page.request.post("/en/account", {
      form,
      headers: { Origin: origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  }

  const other = await browser.newPage();
  await logIn(other, "en", email, PASSWORD);
  await expect(other).toHaveURL(/\/en\/learn$/);
  await other.close();
});

test("the cohort's pages answer 400 to an intent they do not know", async ({ page, browser }) => {
  await logIn(page, "en", "trainer@demo.socialtech.academy", "trainer-demo-2026");
  await expect(page).toHaveURL(/\/en\/learn$/);
  await page.goto("/en/trainer/cohorts/new");
  const title = `Intent check ${Date.now()}`;
  await page.locator('input[name="title"]').fill(title);
  await page.locator('input[name="startsOn"]').fill(inDays(4));
  await page.locator('input[name="endsOn"]').fill(inDays(6));
  await page.locator('input[name="courses"][value="open-data"]').check();
  await page.getByRole("button", { name: "Create the cohort" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const dashboard = new URL(page.url());
  const posts: Record<string, string>[] = [{ intent: "archive-all" }, { sessionId: "x" }];
  for (const form of posts) {
    const response = await page.request.post(dashboard.pathname, {
      form,
      headers: { Origin: dashboard.origin },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(400);
  }
  await page.reload();
  await expect(page.getByRole("button", { name: "Archive the cohort" })).toBeVisible();

  // The join page: an unknown intent used to enrol the learner.
  const code = ((await page.locator(".join-code").textContent()) ?? "").trim();
  const context = await browser.newContext();
  const learner = await context.newPage();
  await signUp(learner, "en");
  const join = await learner.request.post(`/en/join/${code}`, {
    form: { intent: "enrol-everyone" },
    headers: { Origin: dashboard.origin },
    maxRedirects: 0,
  });
  expect(join.status()).toBe(400);
  await learner.goto(`/en/join/${code}`);
  await expect(learner.getByRole("button", { name: "Join this cohort" })).toBeVisible();
  await context.close();
});

test("a field's hint and errors are read with it, JavaScript on or off", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/en/signup");
    const password = page.locator('input[name="password"]');
    await expect(password).toHaveAccessibleDescription(/At least 10 characters/);
    await expect(password).not.toHaveAttribute("aria-invalid", "true");

    await page.locator('input[name="name"]').fill("Short Password");
    await page.locator('input[name="email"]').fill("short@example.org");
    await page.locator('input[name="consent"]').check();
    await password.fill("short");
    // Without JavaScript the browser's own check (minlength) would stop the form: skip it, so
    // that the server's answer is what the page shows.
    await page.locator("main form").evaluate((form) => form.setAttribute("novalidate", ""));
    await page.locator("main form button[type=submit]").click();
    await expect(password).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveAccessibleDescription(/The password needs at least 10 characters/);
    await expect(password).toHaveAccessibleDescription(/At least 10 characters/);
    await context.close();
  }
});
