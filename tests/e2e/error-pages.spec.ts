import { expect, test } from "./fixtures.ts";
import { logIn, signUp } from "./helpers.ts";

const TRAINER = { email: "trainer@demo.socialtech.academy", password: "trainer-demo-2026" };

for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("[fr] a learner on a trainer's page gets a 403 in French, and can log in with another account and come back", async ({
      page,
    }) => {
      await signUp(page, "fr");
      const response = await page.goto("/fr/trainer/cohorts");
      expect(response?.status()).toBe(403);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page).toHaveTitle("Vous ne pouvez pas ouvrir cette page | Social Tech Academy");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Vous ne pouvez pas ouvrir cette page",
      );
      await expect(page.getByRole("link", { name: "Aller à mes formations" })).toHaveAttribute(
        "href",
        "/fr/learn",
      );
      await expect(page.locator(".site-header")).toBeVisible();

      await page.getByRole("button", { name: "Se connecter avec un autre compte" }).click();
      await expect(page).toHaveURL(/\/fr\/login\?redirectTo=%2Ffr%2Ftrainer%2Fcohorts$/);
      await page.locator('input[name="email"]').fill(TRAINER.email);
      await page.locator('input[name="password"]').fill(TRAINER.password);
      await page.locator("main form button[type=submit]").click();
      await expect(page).toHaveURL(/\/fr\/trainer\/cohorts$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mes groupes");
    });

    test("[it] an unknown course is a 404 in Italian that leads back to the catalogue", async ({
      page,
    }) => {
      const response = await page.goto("/it/courses/no-such-course");
      expect(response?.status()).toBe(404);
      await expect(page).toHaveTitle("Pagina non trovata | Social Tech Academy");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pagina non trovata");
      await expect(page.getByRole("link", { name: "Vai alla pagina iniziale" })).toHaveAttribute(
        "href",
        "/it",
      );
      await page.getByRole("link", { name: "Vedi tutti i corsi" }).click();
      await expect(page).toHaveURL(/\/it\/courses$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corsi");
    });

    test("[es] an unknown job profile is a 404 in Spanish that leads back to the job profiles", async ({
      page,
    }) => {
      const response = await page.goto("/es/jobs/no-such-job");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Página no encontrada");
      await expect(
        page.getByRole("link", { name: "Ver todos los perfiles profesionales" }),
      ).toHaveAttribute("href", "/es/jobs");
      await expect(page.getByRole("link", { name: "Ir a la página de inicio" })).toBeVisible();
    });

    test("[en] a trainer opening an unknown cohort gets a 404 that leads back to their cohorts", async ({
      page,
    }) => {
      await logIn(page, "en", TRAINER.email, TRAINER.password);
      await expect(page).toHaveURL(/\/en\/learn$/);
      const response = await page.goto("/en/trainer/cohorts/nope");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
      await page.getByRole("link", { name: "Back to my cohorts" }).click();
      await expect(page).toHaveURL(/\/en\/trainer\/cohorts$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("My cohorts");
    });
  });
}

test("[es] any other failure is 'something went wrong' in Spanish, with a way to try again and no detail", async ({
  request,
  baseURL,
}) => {
  // A filled honeypot field is refused with a bare 400: the page must not say why.
  const response = await request.post("/es/login", {
    headers: { Origin: baseURL ?? "" },
    form: { email: "bot@example.org", password: "whatever it takes", website: "https://spam" },
  });
  expect(response.status()).toBe(400);
  const html = await response.text();
  expect(html).toContain('<html lang="es"');
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  expect(main).toContain("<h1>Algo ha salido mal</h1>");
  expect(main).toContain('<a class="button" href="/es/login">Volver a intentarlo</a>');
  expect(main).toContain('<a href="/es">Ir a la página de inicio</a>');
  expect(main).not.toContain("Bad request");
});
