import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test as base } from "@playwright/test";

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  // Each test comes from its own address, so per-address rate limits never leak between tests.
  extraHTTPHeaders: async ({}, use) => {
    const octet = () => Math.floor(Math.random() * 250) + 1;
    await use({ "X-Forwarded-For": `10.${octet()}.${octet()}.${octet()}` });
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        // A page reports its own 404, and a form's data request its own 400 or 429: those
        // statuses are what the test looks at, not errors in the page.
        const { url } = message.location();
        const isExpectedStatus = url === page.url() || /\.data(\?|$)/.test(url);
        if (message.type() === "error" && !isExpectedStatus) errors.push(message.text());
      });
      page.on("pageerror", (error) => {
        // React 18 reports #345 when a page is left while it is still hydrating (a test
        // submits a form or navigates faster than a person): that is not a fault of the page.
        if (!error.message.includes("React error #345")) errors.push(error.message);
      });
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** An axe scan of the page against WCAG 2.1 A and AA. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
