import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import type { Page } from "@playwright/test";
import YAML from "yaml";

import { expect } from "./fixtures.ts";

export const PASSWORD = "a long enough password";

/** The Stripe mock the test server pays through (see playwright.config.ts). */
export const STRIPE_MOCK = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 99}`;

type Mail = { to: string; subject: string; text: string };

/** Every email delivered to an address so far, oldest first, from the test server's outbox folder. */
function deliveredTo(address: string): Mail[] {
  const dir = path.resolve("tests/.data/outbox");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as Mail)
    .filter((mail) => mail.to === address);
}

/**
 * The server queues email and its worker delivers it a moment later (at once when nudged, at
 * the latest on its next poll): wait that long.
 */
const DELIVERY = { timeout: 20_000 };

/** Every email delivered to an address, oldest first, once at least `count` have arrived. */
export async function mailsTo(address: string, count = 1) {
  let mails: Mail[] = [];
  await expect
    .poll(() => (mails = deliveredTo(address)).length, {
      ...DELIVERY,
      message: `${count} email(s) to ${address}`,
    })
    .toBeGreaterThanOrEqual(count);
  return mails;
}

export function uniqueEmail(prefix = "learner") {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.org`;
}

type SignUp = { name?: string; email?: string; password?: string };

/** Signs up through the form (labels in the page's language are found by field name). */
export async function signUp(page: Page, lang: string, account: SignUp = {}) {
  const email = account.email ?? uniqueEmail();
  await page.goto(`/${lang}/signup`);
  await page.locator('input[name="name"]').fill(account.name ?? "Test Learner");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(account.password ?? PASSWORD);
  await page.locator('input[name="consent"]').check();
  await page.locator('form[method="post"] button[type="submit"]').last().click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/learn$`));
  return email;
}

export async function logIn(page: Page, lang: string, email: string, password = PASSWORD) {
  await page.goto(`/${lang}/login`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator("main form button[type=submit]").click();
}

/** The newest email to an address (whose subject matches, if given), once it has arrived. */
export async function lastMailTo(address: string, subject?: RegExp) {
  let mail: Mail | undefined;
  const find = () =>
    (mail = deliveredTo(address)
      .filter((m) => !subject || subject.test(m.subject))
      .at(-1));
  await expect
    .poll(() => Boolean(find()), {
      ...DELIVERY,
      message: `an email to ${address}${subject ? ` matching ${subject}` : ""}`,
    })
    .toBe(true);
  return mail!;
}

/** The right choice indexes of a course's quiz, read from the content files. */
export function rightAnswers(course: string, lang: string) {
  const file = path.resolve("courses", course, lang, "quiz.yaml");
  const quiz = YAML.parse(readFileSync(file, "utf8")) as {
    questions: { id: string; choices: { correct?: boolean }[] }[];
  };
  return quiz.questions.map((q) => ({
    id: q.id,
    right: q.choices.flatMap((c, i) => (c.correct ? [i] : [])),
    count: q.choices.length,
  }));
}

/** Answers the quiz on the page: every right choice, or every wrong one when `wrong` is set. */
export async function answerQuiz(page: Page, course: string, lang: string, { wrong = false } = {}) {
  for (const q of rightAnswers(course, lang)) {
    const picks = wrong
      ? [Array.from({ length: q.count }, (_, i) => i).find((i) => !q.right.includes(i)) ?? 0]
      : q.right;
    for (let i = 0; i < q.count; i++) {
      const choice = page.locator(`#q-${q.id}-${i}`);
      if (picks.includes(i)) await choice.check();
      else if ((await choice.getAttribute("type")) === "checkbox") await choice.uncheck();
    }
  }
}

export async function markAllParts(page: Page, lang: string, course: string) {
  for (const part of ["theory", "practice", "toolbox", "reference"]) {
    await page.goto(`/${lang}/courses/${course}/${part}`);
    const button = page.locator('button[name="intent"][value="complete"]');
    if (await button.isVisible()) await button.click();
    await expect(page.locator(".mark-done__status")).toBeVisible();
  }
}

/** A day `days` from today, as a date field takes it. */
export function inDays(days: number) {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Posts an open job offer through the recruiter's form; the page is logged in as a recruiter. */
export async function postOffer(
  page: Page,
  lang: string,
  offer: { title: string; job: string; country: string },
) {
  await page.goto(`/${lang}/recruiter/offers/new`);
  await page.locator('input[name="title"]').fill(offer.title);
  await page.locator('input[name="organisation"]').fill("Cooperativa Esempio");
  await page.locator('select[name="contract"]').selectOption("job");
  await page.locator(`input[name="jobs"][value="${offer.job}"]`).check();
  await page.locator('select[name="country"]').selectOption(offer.country);
  await page
    .locator('textarea[name="description"]')
    .fill("Keep the members database tidy and documented.");
  await page.locator('input[name="apply"]').fill("jobs@example.org");
  await page.locator('input[name="closesOn"]').fill(inDays(10));
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${lang}/recruiter/offers\\?done=created$`));
}
