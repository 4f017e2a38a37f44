import { e2eDatabase } from "./database.ts";
import { expect, test } from "./fixtures.ts";
import { inDays, logIn } from "./helpers.ts";

/** The trainer's words for the learners' table, in the page's language. */
const UI = {
  fr: {
    create: "Créer le groupe",
    firstPage: "Page 1 sur 2",
    secondPage: "Page 2 sur 2",
    next: "Page suivante",
    previous: "Page précédente",
    byProgress: "Global",
  },
  es: {
    create: "Crear el grupo",
    firstPage: "Página 1 de 2",
    secondPage: "Página 2 de 2",
    next: "Página siguiente",
    previous: "Página anterior",
    byProgress: "Global",
  },
} as const;

/** 55 learners enrolled straight in the database: signing up 55 people is not this journey. */
async function enrolLearners(cohortId: string, lang: string) {
  const prisma = await e2eDatabase();
  const stamp = Date.now();
  for (let i = 1; i <= 55; i++) {
    const user = await prisma.user.create({
      data: {
        email: `pages-${lang}-${stamp}-${i}@example.org`,
        name: `Learner ${String(i).padStart(2, "0")}`,
        passwordHash: "x",
      },
    });
    await prisma.enrollment.create({ data: { cohortId, userId: user.id, status: "enrolled" } });
    if (i === 55) {
      await prisma.partProgress.create({
        data: { userId: user.id, course: "no-code", part: "theory" },
      });
    }
  }
}

for (const [lang, ui] of Object.entries(UI)) {
  for (const javaScriptEnabled of [true, false]) {
    test(`[${lang}, JavaScript ${javaScriptEnabled ? "on" : "off"}] a trainer pages through 55 learners, 50 at a time, sorted over the whole cohort`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await logIn(page, lang, "trainer@demo.socialtech.academy", "trainer-demo-2026");
      await expect(page).toHaveURL(new RegExp(`/${lang}/learn$`));
      await page.goto(`/${lang}/trainer/cohorts/new`);
      await page.locator('input[name="title"]').fill(`Large cohort ${Date.now()}`);
      await page.locator('input[name="startsOn"]').fill(inDays(3));
      await page.locator('input[name="endsOn"]').fill(inDays(9));
      await page.locator('input[name="capacity"]').fill("60");
      await page.locator('input[name="courses"][value="no-code"]').check();
      await page.getByRole("button", { name: ui.create }).click();
      await expect(page.locator(".join-code")).toBeVisible();
      await enrolLearners(page.url().split("/").pop() ?? "", lang);

      await page.reload();
      const rows = page.locator(".data-table tbody tr");
      await expect(page.getByText(ui.firstPage)).toBeVisible();
      await expect(rows).toHaveCount(50);
      await expect(rows.first()).toContainText("Learner 01");
      await expect(page.getByRole("link", { name: ui.previous })).toHaveCount(0);

      await page.getByRole("link", { name: ui.next }).click();
      await expect(page.getByText(ui.secondPage)).toBeVisible();
      await expect(rows).toHaveCount(5);
      await expect(rows.first()).toContainText("Learner 51");
      await expect(page.getByRole("link", { name: ui.next })).toHaveCount(0);

      await page.getByRole("link", { name: ui.byProgress }).click();
      await expect(page.getByText(ui.firstPage)).toBeVisible();
      await expect(rows.first()).toContainText("Learner 55");
      await expect(rows.first()).toContainText("25%");
      await context.close();
    });
  }
}
