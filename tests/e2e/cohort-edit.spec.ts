import { expect, test } from "./fixtures.ts";
import { inDays, logIn, signUp } from "./helpers.ts";

/** The trainer's words for each step, in the page's language. */
const UI = {
  en: {
    create: "Create the cohort",
    edit: "Edit the cohort",
    save: "Save the cohort",
    join: "Join this cohort",
    joinWaiting: "Join the waiting list",
    enrolled: "You are enrolled in this cohort.",
    waiting: "You are on the waiting list of this cohort.",
    seatsAfter: "2 of 2 seats taken",
  },
  it: {
    create: "Crea il gruppo",
    edit: "Modifica il gruppo",
    save: "Salva il gruppo",
    join: "Entra in questo gruppo",
    joinWaiting: "Iscriviti alla lista d'attesa",
    enrolled: "Fai parte di questo gruppo.",
    waiting: "Sei nella lista d'attesa di questo gruppo.",
    seatsAfter: "Posti occupati: 2 su 2",
  },
} as const;

for (const [lang, ui] of Object.entries(UI)) {
  for (const javaScriptEnabled of [true, false]) {
    test(`[${lang}, JavaScript ${javaScriptEnabled ? "on" : "off"}] a trainer edits a cohort: the added seat goes to the waiting list`, async ({
      browser,
    }) => {
      const trainerContext = await browser.newContext({ javaScriptEnabled });
      const page = await trainerContext.newPage();
      await logIn(page, lang, "trainer@demo.socialtech.academy", "trainer-demo-2026");
      await expect(page).toHaveURL(new RegExp(`/${lang}/learn$`));
      await page.goto(`/${lang}/trainer/cohorts/new`);
      const title = `Edited cohort ${Date.now()}`;
      await page.locator('input[name="title"]').fill(title);
      await page.locator('input[name="startsOn"]').fill(inDays(4));
      await page.locator('input[name="endsOn"]').fill(inDays(6));
      await page.locator('input[name="capacity"]').fill("1");
      await page.locator('input[name="courses"][value="open-data"]').check();
      await page.getByRole("button", { name: ui.create }).click();
      await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
      const dashboard = new URL(page.url()).pathname;
      const code = ((await page.locator(".join-code").textContent()) ?? "").trim();

      const learners = [];
      for (const expected of [ui.enrolled, ui.waiting]) {
        const context = await browser.newContext({ javaScriptEnabled });
        const learner = await context.newPage();
        await signUp(learner, lang);
        await learner.goto(`/${lang}/join/${code}`);
        await learner
          .getByRole("button", { name: expected === ui.enrolled ? ui.join : ui.joinWaiting })
          .click();
        await expect(learner.getByText(expected)).toBeVisible();
        learners.push({ context, learner });
      }

      await page.goto(dashboard);
      await page.getByRole("link", { name: ui.edit }).click();
      await expect(page).toHaveURL(new RegExp(`${dashboard}/edit$`));
      await expect(page.getByRole("heading", { level: 1, name: ui.edit })).toBeVisible();
      await expect(page.locator('input[name="title"]')).toHaveValue(title);
      await expect(page.locator('input[name="capacity"]')).toHaveValue("1");
      await page.locator('input[name="capacity"]').fill("2");
      await page.getByRole("button", { name: ui.save }).click();
      await expect(page).toHaveURL(new RegExp(`${dashboard}$`));
      await expect(page.getByText(ui.seatsAfter)).toBeVisible();

      const waiting = learners[1]!.learner;
      await waiting.goto(`/${lang}/join/${code}`);
      await expect(waiting.getByText(ui.enrolled)).toBeVisible();
      for (const { context } of learners) await context.close();
      await trainerContext.close();
    });
  }
}
