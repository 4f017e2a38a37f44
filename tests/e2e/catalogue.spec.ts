import { expect, test } from "./fixtures.ts";

test("the catalogue filters by theme and level, and searches in the page's language", async ({
  page,
}) => {
  await page.goto("/en/courses");
  const results = page.getByRole("main").locator(".cards > li");
  const all = await results.count();
  expect(all).toBeGreaterThanOrEqual(3);

  await page.getByLabel("Theme").selectOption("data");
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page).toHaveURL(/theme=data/);
  await expect(results.locator('a[href="/en/courses/open-data"]')).toHaveCount(1);
  await expect(results.locator('a[href="/en/courses/digital-mediation"]')).toHaveCount(0);
  expect(await results.count()).toBeLessThan(all);

  await page.getByLabel("Level").selectOption("advanced");
  await page.getByRole("button", { name: "Show courses" }).click();
  await expect(page.getByText("No course matches")).toBeVisible();

  await page.getByRole("link", { name: "Clear the filters" }).click();
  await expect(results).toHaveCount(all);
});

test("la recherche trouve une formation sans tenir compte des accents", async ({ page }) => {
  await page.goto("/fr/courses");
  await page.getByLabel("Rechercher").fill("DELEGUE protection données");
  await page.getByLabel("Rechercher").press("Enter");
  await expect(page).toHaveURL(/q=DELEGUE/);
  const results = page.getByRole("main").locator(".cards > li");
  await expect(results.locator('a[href="/fr/courses/gdpr-essentials"]')).toHaveCount(1);
  await expect(results.locator('a[href="/fr/courses/digital-mediation"]')).toHaveCount(0);
  await expect(page.getByRole("status")).toContainText("formation");
});

test("filtering by DigComp area keeps only courses building that area", async ({ page }) => {
  await page.goto("/es/courses?area=4");
  const titles = await page.getByRole("main").locator(".cards h2").allTextContents();
  expect(titles.length).toBeGreaterThan(0);
  await expect(page.getByLabel("Área DigComp")).toHaveValue("4");
});
