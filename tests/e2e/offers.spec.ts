import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { logIn, signUp } from "./helpers.ts";

const inTenDays = () => new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

test("un recruteur publie un stage, visible sur le tableau et la fiche métier, puis le clôt", async ({
  page,
}) => {
  await logIn(page, "fr", "recruiter@demo.socialtech.academy", "recruiter-demo-2026");
  await expect(page).toHaveURL(/\/fr\/learn$/);
  await page.goto("/fr/recruiter/offers/new");
  await expectNoAxeViolations(page);

  const title = `Stage médiation numérique ${Date.now()}`;
  const hostile = `<script>alert("x")</script><b>gras</b>`;
  await page.locator('input[name="title"]').fill(title);
  await page.locator('input[name="organisation"]').fill(`Centre social ${hostile}`);
  await page.locator('select[name="contract"]').selectOption("internship");
  await page.locator('input[name="jobs"][value="digital-mediator"]').check();
  await page.locator('select[name="country"]').selectOption("FR");
  await page.locator('input[name="city"]').fill("Lyon");
  await page
    .locator('textarea[name="description"]')
    .fill(`Accueillir le public.\nAnimer des ateliers.\n${hostile}`);
  await page.locator('input[name="apply"]').fill("javascript:alert(1)");
  await page.locator('input[name="closesOn"]').fill(inTenDays());
  await page.locator("main form button[type=submit]").click();
  await expect(
    page.getByText("Saisissez une adresse qui commence par https://", { exact: false }),
  ).toBeVisible();
  await page.locator('input[name="apply"]').fill("candidatures@example.org");
  await page.locator("main form button[type=submit]").click();
  await expect(page).toHaveURL(/\/fr\/recruiter\/offers\?done=created$/);

  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto("/fr/offers?contract=internship&place=FR");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByText(hostile, { exact: false }).first()).toBeVisible();
  expect(await page.locator("main b").count()).toBe(0);
  await expect(page.getByRole("link", { name: "candidatures@example.org" })).toHaveAttribute(
    "href",
    "mailto:candidatures@example.org",
  );
  await expectNoAxeViolations(page);

  await page.goto("/fr/jobs/digital-mediator");
  await expect(
    page
      .getByRole("region", { name: "Offres ouvertes pour ce métier" })
      .getByRole("link", { name: title }),
  ).toBeVisible();

  await page.goto("/fr/recruiter/offers");
  const card = page.locator(".card").filter({ hasText: title });
  await card.getByRole("button", { name: /Clore|Clôturer|Fermer/ }).click();
  await expect(page).toHaveURL(/done=closed$/);
  await page.goto("/fr/offers");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await page.goto("/fr/jobs/digital-mediator");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test("a learner cannot post or manage offers", async ({ page }) => {
  await signUp(page, "en");
  expect((await page.goto("/en/recruiter/offers/new"))?.status()).toBe(403);
  expect((await page.goto("/en/recruiter/offers"))?.status()).toBe(403);
  const response = await page.request.post("/en/recruiter/offers/new", {
    form: { title: "Sneaky offer" },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
});

test("the offers board filters and shows a clear message when nothing matches", async ({
  page,
}) => {
  await page.goto("/es/offers?contract=volunteering&place=IS&language=it");
  await expect(page.getByRole("status")).toContainText("0");
  await expectNoAxeViolations(page);
  const unknown = await page.goto("/en/offers/no-such-offer");
  expect(unknown?.status()).toBe(404);
});
