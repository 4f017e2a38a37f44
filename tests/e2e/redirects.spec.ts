import { expect, test } from "./fixtures.ts";
import { PASSWORD, signUp } from "./helpers.ts";

const BYPASSES = [
  "//evil.example",
  "/\\evil.example",
  "\\/evil.example",
  "/\t/evil.example",
  "/.//evil.example",
  "javascript:alert(1)",
];

for (const [lang, javaScriptEnabled] of [
  ["en", true],
  ["fr", false],
] as const) {
  test(`[${lang}, JavaScript ${javaScriptEnabled ? "on" : "off"}] logging in never leads to another site, whatever the return address`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = await signUp(page, lang);
    await context.clearCookies();
    for (const redirectTo of BYPASSES) {
      await page.goto(`/${lang}/login?redirectTo=${encodeURIComponent(redirectTo)}`);
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="password"]').fill(PASSWORD);
      await page.locator("main form button[type=submit]").click();
      await expect(page).toHaveURL(new RegExp(`^http://localhost:\\d+/${lang}/learn$`));
      await context.clearCookies();
    }
    await page.goto(
      `/${lang}/login?redirectTo=${encodeURIComponent(`/${lang}/courses/open-data`)}`,
    );
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill(PASSWORD);
    await page.locator("main form button[type=submit]").click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/courses/open-data$`));
    await context.close();
  });
}
