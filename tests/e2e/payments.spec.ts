import type { Browser, Page } from "@playwright/test";

import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { lastMailTo, logIn, mailsTo, signUp, STRIPE_MOCK } from "./helpers.ts";

const inDays = (days: number) =>
  new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** The demo trainer creates a cohort; returns its dashboard path and join code. */
async function createCohort(page: Page, lang: string, { price = "0", capacity = "1" } = {}) {
  await logIn(page, lang, "trainer@demo.socialtech.academy", "trainer-demo-2026");
  await expect(page).toHaveURL(new RegExp(`/${lang}/learn$`));
  await page.goto(`/${lang}/trainer/cohorts/new`);
  await page.locator('input[name="title"]').fill(`Cohort ${lang} ${Date.now()}`);
  await page.locator('input[name="startsOn"]').fill(inDays(2));
  await page.locator('input[name="endsOn"]').fill(inDays(4));
  await page.locator('input[name="capacity"]').fill(capacity);
  await page.locator('input[name="price"]').fill(price);
  await page.locator('input[name="courses"][value="open-data"]').check();
  await page.locator("main form button[type=submit]").last().click();
  await expect(page.locator(".join-code")).toBeVisible();
  return {
    dashboard: new URL(page.url()).pathname,
    code: (await page.locator(".join-code").textContent()) ?? "",
  };
}

async function newLearner(browser: Browser, lang: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await signUp(page, lang, { name });
  return { context, page, email };
}

test("un groupe payant : l'apprenant paie sur Stripe, le webhook signé confirme sa place", async ({
  page,
  browser,
}) => {
  const { dashboard, code } = await createCohort(page, "fr", { price: "25" });
  await expect(page.getByText(/25,00\s€/).first()).toBeVisible();

  const learner = await newLearner(browser, "fr", "Apprenante Payante");
  await learner.page.goto(`/fr/join/${code}`);
  await expect(learner.page.getByText("Ce groupe est payant.", { exact: false })).toBeVisible();
  await expectNoAxeViolations(learner.page);
  await learner.page.getByRole("button", { name: /M'inscrire et payer 25,00\s€/ }).click();
  await expect(learner.page).toHaveURL(new RegExp(`^${STRIPE_MOCK}/pay/cs_test_`));
  await learner.page.getByRole("button", { name: /^Pay €/ }).click();

  await expect(learner.page).toHaveURL(new RegExp(`/fr/join/${code}\\?payment=done$`));
  await expect(learner.page.getByRole("status")).toContainText("Vous faites partie de ce groupe.");
  await expect(learner.page.getByRole("status")).toContainText("Votre paiement a bien été reçu.");
  expect((await mailsTo(learner.email)).map((m) => m.subject)).toEqual([
    expect.stringMatching(/^Vous êtes inscrit·e\s: Cohort fr/),
  ]);
  await learner.context.close();

  await page.goto(dashboard);
  await expect(page.getByText(/Places occupées\s: 1 sur 1/)).toBeVisible();
  const row = page.getByRole("row", { name: /Apprenante Payante/ });
  await expect(row).not.toContainText("Paiement en attente");

  const unsigned = await page.request.post("/webhooks/stripe", {
    data: { id: "evt_forged", type: "checkout.session.completed" },
  });
  expect(unsigned.status()).toBe(400);
});

test("back from paying before Stripe's webhook, the page already confirms the seat", async ({
  page,
  browser,
}) => {
  const { code } = await createCohort(page, "en", { price: "15" });
  const learner = await newLearner(browser, "en", "Quick Payer");
  await learner.page.goto(`/en/join/${code}`);
  await learner.page.getByRole("button", { name: /Join and pay/ }).click();
  await learner.page.getByRole("button", { name: "Pay, webhook late (test)" }).click();
  await expect(learner.page).toHaveURL(new RegExp(`/en/join/${code}\\?payment=done$`));
  await expect(learner.page.getByRole("status")).toContainText("You are enrolled in this cohort.");
  await expect(learner.page.getByRole("button", { name: /^Pay/ })).toHaveCount(0);
  await learner.context.close();
});

test("pago cancelado: la plaza queda reservada y, al caducar, pasa a la lista de espera", async ({
  page,
  browser,
  request,
}) => {
  const { code } = await createCohort(page, "es", { price: "40" });

  const first = await newLearner(browser, "es", "Primera Persona");
  await first.page.goto(`/es/join/${code}`);
  await first.page.getByRole("button", { name: /Apuntarme y pagar/ }).click();
  await expect(first.page).toHaveURL(new RegExp(`^${STRIPE_MOCK}/pay/`));
  const sessionId = new URL(first.page.url()).pathname.split("/").pop() ?? "";
  await first.page.getByRole("button", { name: "Cancel and go back" }).click();
  await expect(first.page.getByRole("status")).toContainText("El pago no se ha hecho.");
  await expect(first.page.getByRole("status")).toContainText("Tu plaza está reservada hasta las");
  await expectNoAxeViolations(first.page);

  const second = await newLearner(browser, "es", "Segunda Persona");
  await second.page.goto(`/es/join/${code}`);
  await expect(second.page.getByText("Este grupo está completo.", { exact: false })).toBeVisible();
  await second.page.getByRole("button", { name: "Apuntarme a la lista de espera" }).click();
  await expect(second.page.getByRole("status")).toContainText("Estás en la lista de espera");

  // Thirty minutes pass: Stripe expires the Checkout session and tells the platform.
  expect((await request.post(`${STRIPE_MOCK}/expire/${sessionId}`)).status()).toBe(200);
  await lastMailTo(first.email, /^Plaza liberada/);
  await lastMailTo(second.email, /^Hay una plaza libre para ti/);

  await first.page.reload();
  await expect(first.page.getByRole("status")).toHaveCount(0);
  await second.page.reload();
  await second.page.getByRole("button", { name: /Pagar 40,00\s€ ahora/ }).click();
  await second.page.getByRole("button", { name: /^Pay €/ }).click();
  await expect(second.page.getByRole("status")).toContainText("Formas parte de este grupo.");
  await first.context.close();
  await second.context.close();
});

test("a trainer records attendance and removes a learner; the first on the waiting list gets the seat", async ({
  page,
  browser,
}) => {
  const { dashboard, code } = await createCohort(page, "en");
  await page.goto(dashboard);
  await page.locator('input[name="date"]').fill(inDays(2));
  await page.locator('input[name="time"]').fill("14:00");
  await page.locator('input[name="place"]').fill("Library, room 1");
  await page.getByRole("button", { name: "Add a live session" }).click();
  await expect(page.getByText("Library, room 1")).toBeVisible();

  const enrolled = await newLearner(browser, "en", "Seated Learner");
  await enrolled.page.goto(`/en/join/${code}`);
  await enrolled.page.getByRole("button", { name: "Join this cohort" }).click();
  await expect(enrolled.page.getByRole("status")).toContainText("You are enrolled");
  const waiting = await newLearner(browser, "en", "Waiting Learner");
  await waiting.page.goto(`/en/join/${code}`);
  await waiting.page.getByRole("button", { name: "Join the waiting list" }).click();
  await expect(waiting.page.getByRole("status")).toContainText("waiting list");
  await lastMailTo(waiting.email, /^Waiting list:/);

  await page.reload();
  await page.getByRole("checkbox", { name: "Seated Learner" }).check();
  await page.getByRole("button", { name: "Save attendance" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("checkbox", { name: "Seated Learner" })).toBeChecked();

  await page.getByRole("button", { name: /Remove from the cohort\s?: Seated Learner/ }).click();
  await expect(page.getByRole("row", { name: /Seated Learner/ })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Waiting Learner/ })).not.toContainText(
    "Waiting list",
  );
  await lastMailTo(waiting.email, /^You are enrolled:/);
  await lastMailTo(enrolled.email, /^You are no longer in the cohort/);
  await waiting.page.reload();
  await expect(waiting.page.getByRole("status")).toContainText("You are enrolled");
  await enrolled.page.reload();
  await expect(enrolled.page.getByRole("button", { name: "Join this cohort" })).toHaveCount(0);
  await expect(enrolled.page.getByText("This cohort is full.", { exact: false })).toBeVisible();
  await enrolled.context.close();
  await waiting.context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("il pagamento funziona anche senza JavaScript", async ({ page, browser }) => {
    const { code } = await createCohort(page, "it", { price: "10" });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const learner = await context.newPage();
    await signUp(learner, "it");
    await learner.goto(`/it/join/${code}`);
    await learner.getByRole("button", { name: /Iscriviti e paga 10,00\s€/ }).click();
    await expect(learner).toHaveURL(new RegExp(`^${STRIPE_MOCK}/pay/`));
    await learner.getByRole("button", { name: /^Pay €/ }).click();
    await expect(learner.getByRole("status")).toContainText("Fai parte di questo gruppo.");
    await context.close();
  });
});
