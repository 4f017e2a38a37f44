import { expect, test } from "./fixtures.ts";

test.describe("a learner reads a course in English", () => {
  test.use({ locale: "en-GB" });

  test("from the root to a course part, then through the parts", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Courses" })
      .click();
    await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
    await page.getByRole("link", { name: "Open data", exact: false }).first().click();
    await expect(page).toHaveURL(/\/en\/courses\/open-data$/);
    await page.getByRole("link", { name: "Start the course" }).click();
    await expect(page).toHaveURL(/\/en\/courses\/open-data\/theory$/);
    await expect(page.getByText("Part 1 of 4: Theory")).toBeVisible();
    await expect(page.getByRole("heading", { name: "What you will learn" })).toBeVisible();

    const pager = page.getByRole("navigation", { name: "Course parts" });
    const firstHeading = await page.locator(".prose h2").first().textContent();
    await pager.getByRole("link", { name: /Next:/ }).click();
    await expect(page).toHaveURL(/\/practice$/);
    await expect(page.getByText("Part 2 of 4: Practical case")).toBeVisible();
    await expect(page.locator(".prose h2").first()).toBeVisible();
    await expect(page.locator(".prose h2").first()).not.toHaveText(firstHeading ?? "");
    await pager.getByRole("link", { name: /Next:/ }).click();
    await expect(page).toHaveURL(/\/toolbox$/);
    await pager.getByRole("link", { name: /Next:/ }).click();
    await expect(page).toHaveURL(/\/reference$/);
    await expect(pager.getByRole("link", { name: /Next:/ })).toHaveCount(0);
    await pager.getByRole("link", { name: /Previous:/ }).click();
    await expect(page).toHaveURL(/\/toolbox$/);
  });
});

test.describe("un apprenant lit une formation en français", () => {
  test.use({ locale: "fr-FR" });

  test("de la racine à une partie, puis précédent et suivant", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/fr$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.getByRole("link", { name: "Découvrir les formations" }).click();
    await expect(page).toHaveURL(/\/fr\/courses$/);
    await page.getByRole("link", { name: /RGPD/ }).first().click();
    await expect(page).toHaveURL(/\/fr\/courses\/gdpr-essentials$/);
    await page.getByRole("link", { name: "Commencer la formation" }).click();
    await expect(page.getByText("Partie 1 sur 4 : Théorie")).toBeVisible();
    const pager = page.getByRole("navigation", { name: "Parties de la formation" });
    await pager.getByRole("link", { name: /Suivant/ }).click();
    await expect(page).toHaveURL(/\/fr\/courses\/gdpr-essentials\/practice$/);
    await pager.getByRole("link", { name: /Précédent/ }).click();
    await expect(page).toHaveURL(/\/fr\/courses\/gdpr-essentials\/theory$/);
  });
});

test("the language switcher keeps the reader on the same page", async ({ page }) => {
  await page.goto("/en/courses/digital-mediation/practice");
  await page
    .getByRole("navigation", { name: "Language" })
    .getByRole("link", { name: "Italiano" })
    .click();
  await expect(page).toHaveURL(/\/it\/courses\/digital-mediation\/practice$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByText("Parte 2 di 4: Caso pratico")).toBeVisible();
  await page
    .getByRole("navigation", { name: "Lingua" })
    .getByRole("link", { name: "Español" })
    .click();
  await expect(page).toHaveURL(/\/es\/courses\/digital-mediation\/practice$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
});

test("pages carry a canonical URL and hreflang alternates", async ({ page }) => {
  await page.goto("/es/jobs/digital-mediator");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    /\/es\/jobs\/digital-mediator$/,
  );
  for (const lang of ["en", "fr", "it", "es"]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute(
      "href",
      new RegExp(`/${lang}/jobs/digital-mediator$`),
    );
  }
});

for (const path of [
  "/en/courses/gdpr-essentials/practice",
  "/fr/jobs/open-data-officer",
  "/it/interviews/data-protection-officer-interview",
]) {
  test(`${path}: the text is sent once, in the page and not again in the hydration data`, async ({
    page,
  }) => {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? "";
    const heading = (await page.locator(".prose h2").first().textContent()) ?? "";
    expect(heading.length).toBeGreaterThan(3);
    expect(html.split(heading).length - 1).toBe(1);
    await expect(page.locator(".prose")).toContainText(heading);
  });
}
