import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { answerQuiz, lastMailTo, logIn, markAllParts, PASSWORD, signUp } from "./helpers.ts";

test("restablecer la contraseña con el enlace del correo, que solo sirve una vez", async ({
  page,
}) => {
  const email = await signUp(page, "es");
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/es$/);

  await page.goto("/es/forgot-password");
  await expectNoAxeViolations(page);
  await page.locator('input[name="email"]').fill(email);
  await page.locator("main form button[type=submit]").click();
  await expect(page.getByRole("status")).toBeVisible();
  const link = /https?:\/\/\S+/.exec((await lastMailTo(email)).text)?.[0] ?? "";
  expect(link).toContain("/es/reset-password?token=");

  await page.goto(link);
  await page.locator('input[name="password"]').fill("my brand new password");
  await page.locator('input[name="confirm"]').fill("my brand new password");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/es\/login\?reset=1$/);
  await logIn(page, "es", email, "my brand new password");
  await expect(page).toHaveURL(/\/es\/learn$/);

  await page.goto(link);
  await expect(page.getByRole("alert")).toContainText("ya no funciona");
});

test("an unknown email gets the same answer as a known one on the reset form", async ({ page }) => {
  await page.goto("/en/forgot-password");
  await page.locator('input[name="email"]').fill(`ghost-${Date.now()}@example.org`);
  await page.locator("main form button[type=submit]").click();
  await expect(page.getByRole("status")).toContainText("If an account uses this address");
});

test("a learner downloads all their data, then deletes the account and its certificate is revoked", async ({
  page,
}) => {
  const email = await signUp(page, "en", { name: "Rosa Export" });
  await markAllParts(page, "en", "gdpr-essentials");
  await page.goto("/en/courses/gdpr-essentials/quiz");
  await answerQuiz(page, "gdpr-essentials", "en");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText("Well done, you passed!")).toBeVisible();

  await page.goto("/en/account");
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await (await download).path();
  const { readFileSync } = await import("node:fs");
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.profile).toMatchObject({
    name: "Rosa Export",
    email,
    role: "learner",
    language: "en",
  });
  expect(exported.progress).toHaveLength(4);
  expect(exported.quizAttempts[0]).toMatchObject({
    course: "gdpr-essentials",
    score: 100,
    passed: true,
  });
  expect(exported.certificates).toHaveLength(1);
  expect(JSON.stringify(exported)).not.toContain("passwordHash");
  const code = exported.certificates[0].code as string;

  await page.getByRole("link", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/en\/account\/delete$/);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText("Tick the box")).toBeVisible();
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="confirm"]').check();
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/en\?deleted=1$/);

  await page.goto(`/en/certificates/${code}`);
  await expect(page.getByText("This certificate has been revoked.")).toBeVisible();
  await expect(page.getByText("Rosa Export")).toHaveCount(0);
  await logIn(page, "en", email);
  await expect(page.getByText("The email address or the password is not right.")).toBeVisible();
});

test("changing the password keeps this session and ends the others", async ({ page, browser }) => {
  const email = await signUp(page, "en");
  const other = await browser.newPage();
  await logIn(other, "en", email);
  await expect(other).toHaveURL(/\/en\/learn$/);

  await page.goto("/en/account");
  await page.locator("#password-current").fill(PASSWORD);
  await page.locator("#password-password").fill("another long password");
  await page.locator("#password-confirm").fill("another long password");
  await page.getByRole("button", { name: "Change my password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed.");

  await other.goto("/en/learn");
  await expect(other).toHaveURL(/\/en\/login\?redirectTo=/);
  await other.close();
});

test("a new email address is used only once the emailed link is opened", async ({ page }) => {
  await signUp(page, "fr");
  const next = `changed-${Date.now()}@example.org`;
  await page.goto("/fr/account");
  await page.locator("#email-email").fill(next);
  await page.locator("#email-password").fill(PASSWORD);
  await page.locator("#email-email").press("Enter");
  await expect(page.getByRole("status")).toBeVisible();
  await expect(page.getByText(next)).toHaveCount(0);
  const link = /https?:\/\/\S+/.exec((await lastMailTo(next)).text)?.[0] ?? "";
  await page.goto(link);
  await expect(page).toHaveURL(/\/fr\/account\?email=changed$/);
  await expect(page.getByText(next)).toBeVisible();
});
