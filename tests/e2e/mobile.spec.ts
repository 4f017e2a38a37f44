import { expect, test } from "./fixtures.ts";

for (const path of [
  "/fr",
  "/en/courses",
  "/es/courses/gdpr-essentials/toolbox",
  "/it/jobs/open-data-officer",
]) {
  test(`${path} fits a 360 px phone screen`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
