import { e2eDatabase } from "./database.ts";
import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { lastMailTo, logIn, signUp, uniqueEmail } from "./helpers.ts";

const ADMIN = { email: "admin@demo.socialtech.academy", password: "admin-demo-2026" };

/** An email the mail server refused at every attempt (see the outbox's unit tests for how). */
async function failedEmail(subject: string) {
  const prisma = await e2eDatabase();
  const to = uniqueEmail("bounced");
  await prisma.outboxEmail.create({
    data: {
      to,
      subject,
      text: "Hello",
      status: "failed",
      attempts: 6,
      lastError: "550 5.1.1 mailbox unavailable",
    },
  });
  return to;
}

test("an admin finds a failed email from the admin pages and sends it again", async ({ page }) => {
  const subject = `Your certificate ${Date.now()}`;
  const to = await failedEmail(subject);
  await logIn(page, "en", ADMIN.email, ADMIN.password);
  await expect(page).toHaveURL(/\/en\/learn$/);
  await page.getByRole("link", { name: "Users" }).click();
  await page
    .getByRole("navigation", { name: "Administration" })
    .getByRole("link", { name: "Emails" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Emails not delivered");
  await expectNoAxeViolations(page);
  const row = page.getByRole("row").filter({ hasText: subject });
  await expect(row).toContainText(to);
  await expect(row).toContainText("Failed");
  await expect(row).toContainText("550 5.1.1 mailbox unavailable");
  await expect(row.getByRole("cell").nth(3)).toHaveText("6");

  await row
    .getByRole("button", { name: new RegExp(`^Retry\\s?: ${subject} \\(${to}\\)$`) })
    .click();
  await expect(page.getByRole("status")).toHaveText("The email will be sent again in a moment.");
  expect((await lastMailTo(to, new RegExp(subject))).text).toBe("Hello");
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: subject })).toHaveCount(0);
});

test.describe("sin JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("la página de correos en español reintenta un envío fallido", async ({ page }) => {
    const subject = `Tu certificado ${Date.now()}`;
    const to = await failedEmail(subject);
    await logIn(page, "es", ADMIN.email, ADMIN.password);
    await expect(page).toHaveURL(/\/es\/learn$/);
    await page.goto("/es/admin/emails");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Correos no entregados");
    const row = page.getByRole("row").filter({ hasText: subject });
    await expect(row).toContainText("Fallido");
    await row.getByRole("button", { name: new RegExp(`^Reintentar\\s?: ${subject}`) }).click();
    await expect(page.getByRole("status")).toHaveText(
      "El correo se volverá a enviar en un momento.",
    );
    await lastMailTo(to, new RegExp(subject));
  });
});

test("a learner cannot see the emails page", async ({ page }) => {
  await signUp(page, "fr");
  expect((await page.goto("/fr/admin/emails"))?.status()).toBe(403);
  const post = await page.request.post("/fr/admin/emails", {
    form: { emailId: "anything" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(post.status()).toBe(403);
});
