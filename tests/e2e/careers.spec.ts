import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { logIn, markAllParts, signUp } from "./helpers.ts";

test("a learner finishes a course and sees their skills for a job rise", async ({ page }) => {
  await page.goto("/en/jobs/open-data-officer");
  await expect(
    page.getByRole("link", { name: "Log in to see which of these skills you already have" }),
  ).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Courses that build these skills" }).getByRole("link").first(),
  ).toBeVisible();

  await signUp(page, "en");
  await page.goto("/en/jobs/open-data-officer");
  const coverage = page.locator("#skill-coverage");
  await expect(coverage).toHaveAttribute("value", "0");
  await expect(page.getByText(/You have 0 of \d+ skills for this job/)).toBeVisible();
  await page.getByRole("button", { name: "Add to my target jobs" }).click();
  await expect(page.getByRole("button", { name: "Remove from my target jobs" })).toBeVisible();
  await expectNoAxeViolations(page);

  await markAllParts(page, "en", "open-data");
  await page.goto("/en/jobs/open-data-officer");
  const value = Number(await coverage.getAttribute("value"));
  expect(value).toBeGreaterThan(0);
  await expect(page.getByText(/You have [1-9]\d* of \d+ skills for this job/)).toBeVisible();

  await page.goto("/en/learn");
  const targets = page.getByRole("region", { name: "My target jobs" });
  await expect(targets.getByRole("link", { name: "Open data officer" })).toBeVisible();
  await expect(targets.locator("progress")).toHaveAttribute("value", String(value));
});

test("le métier visé apparaît sur le tableau de bord en français", async ({ page }) => {
  await signUp(page, "fr");
  await page.goto("/fr/jobs/data-protection-officer");
  await page.getByRole("button", { name: "Ajouter à mes métiers visés" }).click();
  await expect(page.getByRole("button", { name: "Retirer de mes métiers visés" })).toBeVisible();
  await page.goto("/fr/learn");
  await expect(
    page.getByRole("region", { name: "Mes métiers visés" }).locator("progress"),
  ).toHaveAttribute("value", "0");
});

test("recruiters filter job profiles by DigComp area and by course", async ({ page }) => {
  await page.goto("/en/jobs");
  const cards = page.getByRole("main").locator(".cards > li");
  const all = await cards.count();
  expect(all).toBe(20);
  await page.getByLabel("Course").selectOption("open-data");
  await page.getByRole("button", { name: "Show job profiles" }).click();
  await expect(page).toHaveURL(/course=open-data/);
  await expect(cards.locator('a[href="/en/jobs/open-data-officer"]')).toHaveCount(1);
  expect(await cards.count()).toBeLessThan(all);
  await page.goto("/en/jobs?area=3&course=open-data");
  await expect(page.getByLabel("DigComp area")).toHaveValue("3");
  await expectNoAxeViolations(page);
});

test("un profilo per chi recluta: competenze, corsi, ESCO, e un'offerta già legata al profilo", async ({
  page,
}) => {
  await logIn(page, "it", "recruiter@demo.socialtech.academy", "recruiter-demo-2026");
  await expect(page).toHaveURL(/\/it\/learn$/);
  await page.goto("/it/jobs/data-protection-officer");
  await page
    .getByRole("link", { name: "Questa professione in una pagina, per chi recluta" })
    .click();
  await expect(page).toHaveURL("/it/jobs/data-protection-officer/recruiters");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Corsi che la sviluppano" })).toBeVisible();
  expect(await table.getByRole("rowheader").count()).toBeGreaterThan(2);
  await expect(table.getByRole("link").first()).toHaveAttribute("href", /^\/it\/courses\//);
  // ESCO has no Italian label on record here: the English one is shown, marked as English.
  const esco = page.getByRole("link", { name: "data protection officer" });
  await expect(esco).toHaveAttribute("lang", "en");
  await expect(esco).toHaveAttribute("href", /^http:\/\/data\.europa\.eu\/esco\/occupation\//);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Pubblica un'offerta per questo profilo" }).click();
  await expect(page).toHaveURL(/\/it\/recruiter\/offers\/new\?job=data-protection-officer$/);
  await expect(page.locator('input[name="jobs"][value="data-protection-officer"]')).toBeChecked();
});

test("la ficha para quien recluta da la ocupación ESCO en español", async ({ page }) => {
  await page.goto("/es/jobs/web-developer/recruiters");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("ficha para quien recluta");
  const esco = page.getByRole("link", { name: "desarrollador web/desarrolladora web" });
  await expect(esco).toHaveAttribute("lang", "es");
  await expect(page.getByText(/ofertas? abiertas? para este perfil/)).toBeVisible();
});
