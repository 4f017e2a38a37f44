import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { logIn, signUp, uniqueEmail } from "./helpers.ts";

test("logins for one account are rate-limited", async ({ page }) => {
  const email = uniqueEmail("target");
  for (let attempt = 0; attempt < 5; attempt++) {
    await logIn(page, "en", email, `wrong password ${attempt}`);
    await expect(page.getByText("The email address or the password is not right.")).toBeVisible();
  }
  await logIn(page, "en", email, "wrong password again");
  await expect(page.getByText("Too many attempts.")).toBeVisible();
});

test("a learner cannot reach the admin pages; an admin grants a role", async ({
  page,
  browser,
}) => {
  await signUp(page, "en", { name: "Future Trainer" });
  const forbidden = await page.goto("/en/admin/users");
  expect(forbidden?.status()).toBe(403);
  const post = await page.request.post("/en/admin/users", {
    form: { userId: "anyone", role: "trainer" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(post.status()).toBe(403);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await logIn(admin, "en", "admin@demo.socialtech.academy", "admin-demo-2026");
  await expect(admin).toHaveURL(/\/en\/learn$/);
  await admin.goto("/en/admin/users");
  await expectNoAxeViolations(admin);
  const row = admin.getByRole("row").filter({ hasText: "Future Trainer" }).last();
  await row.getByRole("combobox").selectOption("trainer");
  await row.getByRole("button").click();
  await expect(admin.getByRole("status")).toContainText("Future Trainer");
  await expect(admin.getByRole("row").filter({ hasText: "Future Trainer" }).last()).toContainText(
    "Trainer",
  );
  await adminContext.close();
});

test("HTML in a name is shown as text everywhere", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  const name = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
  await signUp(page, "en", { name });
  await expect(page.getByText(`Hello ${name}`)).toBeVisible();
  await page.goto("/en/account");
  await expect(page.locator('input[name="name"]')).toHaveValue(name);
  expect(await page.locator("main img").count()).toBe(0);
  expect(dialogs).toBe(0);
});

test("the login form refuses a bot that fills the hidden field", async ({ page }) => {
  await page.goto("/en/login");
  const response = await page.request.post("/en/login", {
    form: { email: "bot@example.org", password: "whatever", website: "https://spam.example" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(400);
});

test("a return address after login can only be on this site", async ({ page }) => {
  const email = await signUp(page, "en");
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await page.goto("/en/login?redirectTo=//evil.example/steal");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill("a long enough password");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/en\/learn$/);
});
