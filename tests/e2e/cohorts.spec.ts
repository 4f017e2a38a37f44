import { expect, expectNoAxeViolations, test } from "./fixtures.ts";
import { inDays, logIn, signUp } from "./helpers.ts";

const JOURNEY = {
  en: {
    create: "Create the cohort",
    addSession: "Add a live session",
    seatsLeft: "2 seats left",
    join: "Join this cohort",
    enrolled: "You are enrolled in this cohort.",
    markDone: "Mark this part as done",
    markedDone: "You marked this part as done.",
    myCohorts: "My cohorts",
    next: "Next live session",
    gdpr: "Personal data protection (GDPR) in a social-economy organisation",
  },
  fr: {
    create: "Créer le groupe",
    addSession: "Ajouter une séance en direct",
    seatsLeft: "2 places restantes",
    join: "Rejoindre ce groupe",
    enrolled: "Vous faites partie de ce groupe.",
    markDone: "Marquer cette partie comme terminée",
    markedDone: "Vous avez marqué cette partie comme terminée.",
    myCohorts: "Mes groupes",
    next: "Prochaine séance en direct",
    gdpr: "La protection des données personnelles (RGPD) dans une structure de l'ESS",
  },
} as const;

for (const [lang, ui] of Object.entries(JOURNEY)) {
  test(`[${lang}] a trainer runs a cohort: two live sessions, a learner joins by link, progress and exports`, async ({
    page,
    browser,
  }) => {
    await logIn(page, lang, "trainer@demo.socialtech.academy", "trainer-demo-2026");
    await expect(page).toHaveURL(new RegExp(`/${lang}/learn$`));
    await page.goto(`/${lang}/trainer/cohorts/new`);
    const title = `Digital basics ${Date.now()}`;
    await page.locator('input[name="title"]').fill(title);
    await page.locator('input[name="startsOn"]').fill(inDays(7));
    await page.locator('input[name="endsOn"]').fill(inDays(10));
    await page.locator('input[name="capacity"]').fill("2");
    await page.locator('input[name="courses"][value="digital-mediation"]').check();
    await page.locator('input[name="courses"][value="gdpr-essentials"]').check();
    await page.getByRole("button", { name: ui.create }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    for (const [day, place] of [
      [inDays(7), "Community centre, room 2"],
      [inDays(8), "https://meet.example.org/abc"],
    ] as const) {
      await page.locator('input[name="date"]').fill(day);
      await page.locator('input[name="time"]').fill("09:30");
      await page.locator('input[name="place"]').fill(place);
      await page.getByRole("button", { name: ui.addSession }).click();
      await expect(page.getByText(place).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);
    const joinUrl = (await page.locator('a[href*="/join/"]').first().getAttribute("href")) ?? "";
    const dashboard = page.url();

    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    await signUp(learner, lang, { name: "Cohort Learner" });
    await learner.goto(new URL(joinUrl).pathname);
    await expect(learner.getByText(ui.seatsLeft)).toBeVisible();
    await learner.getByRole("button", { name: ui.join }).click();
    await expect(learner.getByText(ui.enrolled)).toBeVisible();
    await expectNoAxeViolations(learner);
    await learner.goto(`/${lang}/courses/digital-mediation/theory`);
    await learner.getByRole("button", { name: ui.markDone }).click();
    await expect(learner.getByText(ui.markedDone)).toBeVisible();
    await learner.goto(`/${lang}/learn`);
    const myCohorts = learner.getByRole("region", { name: ui.myCohorts });
    await expect(myCohorts).toContainText(ui.next);
    await expect(myCohorts.getByRole("link", { name: ui.gdpr })).toHaveAttribute(
      "href",
      `/${lang}/courses/gdpr-essentials`,
    );
    const ics = await learner.request.get(
      `/${lang}/cohorts/${dashboard.split("/").pop()}/calendar.ics`,
    );
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain("LOCATION:Community centre\\, room 2");
    await learnerContext.close();

    await page.goto(dashboard);
    const row = page.getByRole("row", { name: /Cohort Learner/ });
    await expect(row).toContainText("25%");
    const csv = await page.request.get(`${dashboard}/progress.csv`);
    const text = await csv.text();
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain('"Cohort Learner"');
    const calendar = await page.request.get(
      `/${lang}/cohorts/${dashboard.split("/").pop()}/calendar.ics`,
    );
    expect((await calendar.text()).match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });
}

test("une cohorte complète propose la liste d'attente ; les autres ne voient pas la cohorte du formateur", async ({
  page,
  browser,
}) => {
  await logIn(page, "fr", "trainer@demo.socialtech.academy", "trainer-demo-2026");
  await expect(page).toHaveURL(/\/fr\/learn$/);
  await page.goto("/fr/trainer/cohorts/new");
  await page.locator('input[name="title"]').fill(`Groupe complet ${Date.now()}`);
  await page.locator('input[name="startsOn"]').fill(inDays(3));
  await page.locator('input[name="endsOn"]').fill(inDays(3));
  await page.locator('input[name="capacity"]').fill("1");
  await page.locator('input[name="courses"][value="open-data"]').check();
  await page.locator("main form button[type=submit]").last().click();
  await expect(page.locator(".join-code")).toBeVisible();
  const dashboard = new URL(page.url()).pathname;
  const code = (await page.locator(".join-code").textContent()) ?? "";

  const first = await browser.newContext();
  const one = await first.newPage();
  await signUp(one, "fr");
  await one.goto("/fr/join");
  await one.locator('input[name="code"]').fill(code.toLowerCase());
  await one.locator("main form button").click();
  await expect(one).toHaveURL(new RegExp(`/fr/join/${code}$`));
  await one.locator("main form button").click();
  await expect(one.getByRole("status")).toBeVisible();

  const second = await browser.newContext();
  const two = await second.newPage();
  await signUp(two, "fr");
  await two.goto(`/fr/join/${code}`);
  await two.locator("main form button").click();
  await expect(two.getByRole("status")).toBeVisible();
  expect((await two.goto(dashboard))?.status()).toBe(403);
  expect((await two.goto(`${dashboard}/progress.csv`))?.status()).toBe(403);
  await first.close();
  await second.close();

  await page.goto(dashboard);
  await expect(page.locator("main")).toContainText("1");
  const other = await browser.newContext();
  const stranger = await other.newPage();
  await logIn(stranger, "fr", "admin@demo.socialtech.academy", "admin-demo-2026");
  await expect(stranger).toHaveURL(/\/fr\/learn$/);
  expect((await stranger.goto(dashboard))?.status()).toBe(200);
  await other.close();
});

test("50 learners enrol at once for 10 seats: 10 get a seat, 40 wait, no server error", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.slow();
  await logIn(page, "en", "trainer@demo.socialtech.academy", "trainer-demo-2026");
  await expect(page).toHaveURL(/\/en\/learn$/);
  await page.goto("/en/trainer/cohorts/new");
  await page.locator('input[name="title"]').fill(`Rush ${Date.now()}`);
  await page.locator('input[name="startsOn"]').fill(inDays(5));
  await page.locator('input[name="endsOn"]').fill(inDays(5));
  await page.locator('input[name="capacity"]').fill("10");
  await page.locator('input[name="courses"][value="no-code"]').check();
  await page.getByRole("button", { name: "Create the cohort" }).click();
  await expect(page.locator(".join-code")).toBeVisible();
  const dashboard = page.url();
  const code = (await page.locator(".join-code").textContent()) ?? "";

  const learners = await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const context = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: {
          "X-Forwarded-For": `10.99.${Math.floor(i / 250)}.${(i % 250) + 1}`,
          Origin: baseURL ?? "",
        },
      });
      const signup = await context.post("/en/signup", {
        form: {
          name: `Rush ${i}`,
          email: `rush-${Date.now()}-${i}@example.org`,
          password: "a long enough password",
          language: "en",
          consent: "on",
        },
        maxRedirects: 0,
      });
      expect(signup.status()).toBe(302);
      return context;
    }),
  );
  const responses = await Promise.all(
    learners.map((context) => context.post(`/en/join/${code}`, { maxRedirects: 0 })),
  );
  expect(responses.map((r) => r.status()).filter((status) => status >= 500)).toEqual([]);
  expect(responses.every((r) => r.status() === 302)).toBe(true);
  await Promise.all(learners.map((context) => context.dispose()));

  await page.goto(dashboard);
  await expect(page.getByText("10 of 10 seats taken")).toBeVisible();
  await expect(page.getByText("40 people on the waiting list")).toBeVisible();
});
