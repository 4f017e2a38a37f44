import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { logIn } from "./helpers.ts";

const PAGES = [
  "/en",
  "/fr/courses",
  "/it/courses/gdpr-essentials",
  "/es/courses/open-data/theory",
  "/en/courses/digital-mediation/toolbox",
  "/fr/jobs",
  "/it/jobs/data-protection-officer",
  "/es/interviews",
  "/en/interviews/digital-mediator-interview",
  "/fr/not-a-page",
  "/en/signup",
  "/it/login",
  "/es/forgot-password",
  "/fr/privacy",
  "/it/courses/open-data/quiz",
  "/es/certificates/STA-AAAA-BBBB",
];

for (const path of PAGES) {
  test(`no axe violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1")).toHaveCount(1);
    await expectNoAxeViolations(page);
  });
}

test("no axe violation on the admin's emails page", async ({ page }) => {
  await logIn(page, "fr", "admin@demo.socialtech.academy", "admin-demo-2026");
  await expect(page).toHaveURL(/\/fr\/learn$/);
  await page.goto("/fr/admin/emails");
  await expect(page.locator("h1")).toHaveCount(1);
  await expectNoAxeViolations(page);
});
