import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { answerQuiz, logIn, markAllParts, signUp } from "./helpers.ts";

test("a learner signs up, finishes a course, passes the quiz and gets a certificate others can verify", async ({
  page,
  browser,
}) => {
  await signUp(page, "en", { name: "Amina Diallo" });
  await expect(page.getByRole("heading", { level: 1, name: "My learning" })).toBeVisible();
  await expect(page.getByText("You have not started a course yet.")).toBeVisible();

  await page.goto("/en/courses/open-data/theory");
  await page.getByRole("button", { name: "Mark this part as done" }).click();
  await expect(page.getByText("You marked this part as done.")).toBeVisible();
  await page.goto("/en/courses/open-data");
  await expect(page.getByText("1 of 4 parts done")).toBeVisible();
  await page.getByRole("link", { name: "Continue the course" }).click();
  await expect(page).toHaveURL(/\/en\/courses\/open-data\/practice$/);

  await markAllParts(page, "en", "open-data");
  await page.goto("/en/courses/open-data");
  await expect(page.getByText("4 of 4 parts done")).toBeVisible();
  await expect(page.getByText("To earn the certificate")).toBeVisible();

  await page.getByRole("link", { name: "Take the quiz" }).click();
  await expectNoAxeViolations(page);
  await answerQuiz(page, "open-data", "en", { wrong: true });
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Your score: 0%" })).toBeVisible();
  await expect(page.getByText("Not yet: you need 70%")).toBeVisible();
  await answerQuiz(page, "open-data", "en");
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/en/learn");
  await expectNoAxeViolations(page);
  const certificateLink = page.getByRole("region", { name: "My certificates" }).getByRole("link");
  await expect(certificateLink).toHaveText(/Open data/);
  await certificateLink.click();
  await expect(page.getByText("This certificate is valid.")).toBeVisible();
  await expect(page.getByText("Amina Diallo")).toBeVisible();
  await expectNoAxeViolations(page);
  const code = page.url().split("/").pop() ?? "";

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the certificate (PDF)" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toBe(`certificate-${code}.pdf`);

  const stranger = await browser.newPage({ locale: "fr-FR" });
  await stranger.goto(`/certificates/${code}`);
  await expect(stranger).toHaveURL(new RegExp(`/fr/certificates/${code}$`));
  await expect(stranger.getByText("Amina Diallo")).toBeVisible();
  await expect(stranger.getByText("Mark this part as done")).toHaveCount(0);
  await stranger.goto("/en/certificates/STA-NOPE-NOPE");
  await expect(stranger.getByText("No certificate has this code.")).toBeVisible();
  await stranger.close();
});

test("la progression reste après déconnexion et reconnexion", async ({ page }) => {
  const email = await signUp(page, "fr");
  await page.goto("/fr/courses/gdpr-essentials/theory");
  await page.locator('button[name="intent"]').click();
  await expect(page.locator(".mark-done__status")).toBeVisible();
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.getByRole("link", { name: "Se connecter" })).toBeVisible();
  await page.goto("/fr/courses/gdpr-essentials");
  await expect(page.locator("#course-progress")).toHaveAttribute("value", "0");

  await logIn(page, "fr", email);
  await expect(page).toHaveURL(/\/fr\/learn$/);
  await expect(page.locator("progress")).toHaveAttribute("value", "25");
  await page.goto("/fr/courses/gdpr-essentials/practice");
  await page.getByRole("link", { name: "English" }).click();
  await page.goto("/en/courses/gdpr-essentials");
  await expect(page.locator("#course-progress")).toHaveAttribute("value", "25");
});

test("i progressi di un visitatore passano nel suo account quando si iscrive", async ({ page }) => {
  await page.goto("/it/courses/digital-mediation/theory");
  await page.locator('button[name="intent"]').click();
  await expect(page.locator(".mark-done__status")).toBeVisible();
  await page.goto("/it/courses/digital-mediation/practice");
  await page.locator('button[name="intent"]').click();
  await expect(page.locator(".mark-done__status")).toBeVisible();
  await page.goto("/it/courses/digital-mediation");
  await expect(page.locator("#course-progress")).toHaveAttribute("value", "50");

  await signUp(page, "it");
  await expect(page.locator("progress")).toHaveAttribute("value", "50");
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "sta_progress")?.value ?? "").toBe("");
});

test("a learner's pages are never stored by shared caches", async ({ page }) => {
  await signUp(page, "en");
  const response = await page.goto("/en/courses/open-data");
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(response?.headers()["etag"]).toBeUndefined();
});

test("login and signup answer bad input with translated messages", async ({ page }) => {
  await page.goto("/es/login");
  await page.locator('input[name="email"]').fill(`nobody-${Date.now()}@example.org`);
  await page.locator('input[name="password"]').fill("whatever password");
  await page.locator("main form button[type=submit]").click();
  const unknownEmail = await page.locator(".field__errors").first().textContent();

  const email = await signUp(page, "es");
  await page.getByRole("button", { name: "Cerrar sesión" }).click();
  await expect(page).toHaveURL(/\/es$/);
  await logIn(page, "es", email, "the wrong password");
  await expect(page.locator(".field__errors").first()).toHaveText(unknownEmail ?? "");
  expect(unknownEmail).toContain("contraseña");

  // With JavaScript, the form checks fields as they are left: wait until it is hydrated.
  await page.goto("/fr/signup", { waitUntil: "networkidle" });
  await page.locator('input[name="email"]').fill("not-an-email");
  await page.locator('input[name="password"]').fill("short");
  await page.locator("main form button[type=submit]").click();
  await expect(page.locator(".field__errors")).toContainText([
    "Saisissez une adresse e-mail",
    "10 caractères",
  ]);
  await expectNoAxeViolations(page);
});

test("without JavaScript, a learner marks parts done and takes the quiz", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signUp(page, "en");
  await page.goto("/en/courses/digital-mediation/toolbox");
  await page.getByRole("button", { name: "Mark this part as done" }).click();
  await expect(page.getByText("You marked this part as done.")).toBeVisible();
  await page.goto("/en/courses/digital-mediation/quiz");
  await answerQuiz(page, "digital-mediation", "en");
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByRole("heading", { name: "Your score: 100%" })).toBeVisible();
  await context.close();
});
