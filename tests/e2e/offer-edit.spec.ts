import { expect, test } from "./fixtures.ts";
import { logIn, postOffer } from "./helpers.ts";

const UI = {
  en: {
    edit: "Edit",
    editTitle: "Edit the offer",
    save: "Save the offer",
    saved: "Your changes are saved.",
  },
  es: {
    edit: "Editar",
    editTitle: "Editar la oferta",
    save: "Guardar la oferta",
    saved: "Tus cambios se han guardado.",
  },
} as const;

for (const [lang, ui] of Object.entries(UI)) {
  for (const javaScriptEnabled of [true, false]) {
    test(`[${lang}, JavaScript ${javaScriptEnabled ? "on" : "off"}] a recruiter edits an offer and the board shows the change`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await logIn(page, lang, "recruiter@demo.socialtech.academy", "recruiter-demo-2026");
      await expect(page).toHaveURL(new RegExp(`/${lang}/learn$`));
      const title = `Data steward ${Date.now()}`;
      await postOffer(page, lang, { title, job: "digital-mediator", country: "ES" });

      const card = page.locator(".card").filter({ hasText: title });
      await card.getByRole("link", { name: ui.edit }).click();
      await expect(page.getByRole("heading", { level: 1, name: ui.editTitle })).toBeVisible();
      await expect(page.locator('input[name="title"]')).toHaveValue(title);
      const renamed = `${title} (Valencia)`;
      await page.locator('input[name="title"]').fill(renamed);
      await page.locator('input[name="city"]').fill("Valencia");
      await page.getByRole("button", { name: ui.save }).click();
      await expect(page.getByText(ui.saved)).toBeVisible();

      await page.goto(`/${lang}/offers?place=ES`);
      await page.getByRole("link", { name: renamed }).click();
      await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
      await expect(page.locator("main")).toContainText("Valencia");
      await context.close();
    });
  }
}
