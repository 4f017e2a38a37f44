import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures.ts";
import { logIn, postOffer } from "./helpers.ts";

const LANGUAGES = ["en", "fr", "it", "es"] as const;

/** One page of each type that anyone can open. */
const PUBLIC_PAGES = [
  "",
  "/courses",
  "/courses/gdpr-essentials",
  "/courses/gdpr-essentials/toolbox",
  "/courses/open-data/quiz",
  "/jobs",
  "/jobs/open-data-officer",
  "/jobs/data-protection-officer/recruiters",
  "/interviews",
  "/interviews/digital-mediator-interview",
  "/offers",
  "/join",
  "/login",
  "/signup",
  "/forgot-password",
  "/privacy",
  "/certificates/STA-AAAA-BBBB",
  "/no-such-page",
];

/** How much wider than the screen the document is, at 320 px and at 360 px. */
async function overflowAt(page: Page, path: string) {
  const overflow: Record<number, number> = {};
  for (const width of [320, 360]) {
    await page.setViewportSize({ width, height: 780 });
    await page.goto(path);
    overflow[width] = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  }
  return overflow;
}

for (const lang of LANGUAGES) {
  test(`[${lang}] no page is wider than a 320 or 360 px phone`, async ({ page }) => {
    test.slow();
    const tooWide: Record<string, Record<number, number>> = {};
    for (const path of PUBLIC_PAGES) {
      const overflow = await overflowAt(page, `/${lang}${path}`);
      if (overflow[320]! > 0 || overflow[360]! > 0) tooWide[path] = overflow;
    }
    expect(tooWide).toEqual({});
  });
}

test("the pages of trainers, recruiters and learners fit a phone too", async ({ page }) => {
  test.slow();
  await logIn(page, "fr", "trainer@demo.socialtech.academy", "trainer-demo-2026");
  await expect(page).toHaveURL(/\/fr\/learn$/);
  const trainerPages = [
    "/fr/learn",
    "/fr/account",
    "/fr/trainer/cohorts",
    "/fr/trainer/cohorts/new",
  ];
  for (const path of trainerPages)
    expect(await overflowAt(page, path), path).toEqual({ 320: 0, 360: 0 });

  await page.context().clearCookies();
  await logIn(page, "it", "recruiter@demo.socialtech.academy", "recruiter-demo-2026");
  await expect(page).toHaveURL(/\/it\/learn$/);
  await postOffer(page, "it", {
    title: "Responsabile dei dati aperti con un titolo lungo per vedere se va a capo",
    job: "open-data-officer",
    country: "IT",
  });
  const offer = (await page.locator('a[href*="/it/offers/"]').first().getAttribute("href")) ?? "";
  for (const path of ["/it/recruiter/offers", "/it/recruiter/offers/new", offer]) {
    expect(await overflowAt(page, path), path).toEqual({ 320: 0, 360: 0 });
  }
});

for (const [lang, menu] of [
  ["fr", "Menu"],
  ["es", "Menú"],
] as const) {
  for (const javaScriptEnabled of [true, false]) {
    test(`[${lang}, JavaScript ${javaScriptEnabled ? "on" : "off"}] on a phone the header takes at most 15 % of the screen and its menu opens`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        javaScriptEnabled,
        viewport: { width: 360, height: 780 },
      });
      const page = await context.newPage();
      await page.goto(`/${lang}/courses`);
      const header = await page.locator(".site-header").boundingBox();
      expect(header?.height).toBeLessThanOrEqual(780 * 0.15);

      const mainNav = page.getByRole("navigation", {
        name: lang === "fr" ? "Menu principal" : "Menú principal",
      });
      await expect(mainNav).toBeHidden();
      await page.getByText(menu, { exact: true }).click();
      await expect(mainNav).toBeVisible();
      await mainNav.getByRole("link").nth(1).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/jobs$`));
      await context.close();
    });
  }
}

test("at 200 % text size the header stays well inside the screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/it");
  // What a phone's "largest text" setting does: the root font twice its usual size.
  await page.evaluate(() => document.documentElement.style.setProperty("font-size", "225%"));
  const header = await page.locator(".site-header").boundingBox();
  expect(header?.height).toBeLessThan(780 / 2);
});

test("the skip link is readable when it gets the focus", async ({ page }) => {
  await page.goto("/en/courses");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const contrast = await skip.evaluate((link) => {
    const rgb = (value: string) =>
      value
        .match(/\d+(\.\d+)?/g)!
        .slice(0, 3)
        .map(Number);
    const luminance = (value: string) => {
      const [r, g, b] = rgb(value).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const style = getComputedStyle(link);
    const [light, dark] = [luminance(style.color), luminance(style.backgroundColor)].sort(
      (a, b) => b - a,
    );
    return (light! + 0.05) / (dark! + 0.05);
  });
  expect(contrast).toBeGreaterThanOrEqual(4.5);
});
