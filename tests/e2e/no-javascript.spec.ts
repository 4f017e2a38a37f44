import { expect, test } from "./fixtures.ts";

test.use({ javaScriptEnabled: false });

test("without JavaScript a reader navigates, filters and reads", async ({ page }) => {
  await page.goto("/it");
  await page.getByRole("navigation", { name: "Menu principale" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/it\/courses$/);
  await page.getByLabel("Tema").selectOption("inclusion");
  await page.getByRole("button").click();
  await expect(page).toHaveURL(/theme=inclusion/);
  await page.getByRole("main").locator(".cards h2 a").first().click();
  await expect(page).toHaveURL(/\/it\/courses\/[a-z-]+$/);
  await page.locator(".parts a").nth(2).click();
  await expect(page).toHaveURL(/\/toolbox$/);
  await expect(page.locator(".prose h2").first()).toBeVisible();
  await page.getByRole("link", { name: /Successiva/ }).click();
  await expect(page).toHaveURL(/\/reference$/);
  await page
    .getByRole("navigation", { name: "Lingua" })
    .getByRole("link", { name: "English" })
    .click();
  await expect(page).toHaveURL(/\/en\/courses\/[a-z-]+\/reference$/);
});
