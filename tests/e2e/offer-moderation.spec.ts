import { expect, test } from "./fixtures.ts";
import { logIn, postOffer } from "./helpers.ts";

const UI = {
  en: {
    unpublish: "Unpublish this offer",
    moderated: "The academy unpublished this offer",
  },
  fr: {
    unpublish: "Retirer cette offre",
    moderated: "L'académie a retiré cette offre",
  },
} as const;

for (const [lang, ui] of Object.entries(UI)) {
  const javaScriptEnabled = lang === "en";
  test(`[${lang}, JavaScript ${javaScriptEnabled ? "on" : "off"}] an offer an admin unpublished stays off the board, whatever its recruiter does`, async ({
    browser,
  }) => {
    const recruiterContext = await browser.newContext({ javaScriptEnabled });
    const recruiter = await recruiterContext.newPage();
    await logIn(recruiter, lang, "recruiter@demo.socialtech.academy", "recruiter-demo-2026");
    await expect(recruiter).toHaveURL(new RegExp(`/${lang}/learn$`));
    const title = `Moderated offer ${Date.now()}`;
    await postOffer(recruiter, lang, { title, job: "community-manager", country: "FR" });
    const card = recruiter.locator(".card").filter({ hasText: title });
    const offerPath =
      (await card.getByRole("link", { name: title, exact: true }).getAttribute("href")) ?? "";
    const offerId = offerPath.split("/").pop() ?? "";

    const adminContext = await browser.newContext({ javaScriptEnabled });
    const admin = await adminContext.newPage();
    await logIn(admin, lang, "admin@demo.socialtech.academy", "admin-demo-2026");
    await expect(admin).toHaveURL(new RegExp(`/${lang}/learn$`));
    await admin.goto(offerPath);
    await admin.getByRole("button", { name: ui.unpublish }).click();
    await expect(admin.getByRole("status")).toBeVisible();
    await adminContext.close();

    await recruiter.goto(`/${lang}/recruiter/offers`);
    await expect(card).toContainText(ui.moderated);
    await expect(card.getByRole("link", { name: /Edit|Modifier/ })).toHaveCount(0);
    const origin = new URL(recruiter.url()).origin;
    for (const intent of ["close", "renew"]) {
      const response = await recruiter.request.post(`/${lang}/recruiter/offers`, {
        form: { offerId, intent },
        headers: { Origin: origin },
        maxRedirects: 0,
      });
      expect(response.headers()["location"]).toBe(`/${lang}/recruiter/offers?done=moderated`);
    }
    await recruiter.goto(`/${lang}/recruiter/offers/${offerId}/edit`);
    await expect(recruiter.getByText(ui.moderated)).toBeVisible();
    await expect(recruiter.locator('input[name="title"]')).toHaveCount(0);

    await recruiter.goto(`/${lang}/offers`);
    await expect(recruiter.getByRole("link", { name: title })).toHaveCount(0);
    await recruiterContext.close();
  });
}
