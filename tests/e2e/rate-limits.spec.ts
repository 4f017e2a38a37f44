import type { Browser, BrowserContextOptions } from "@playwright/test";

import { expect, test } from "./fixtures.ts";
import { lastMailTo, logIn, PASSWORD, signUp } from "./helpers.ts";

// The test server trusts one proxy (TRUST_PROXY=1 in playwright.config.ts): a browser context
// sending its own X-Forwarded-For is another client address.
const octet = () => Math.floor(Math.random() * 250) + 1;
const anotherAddress = () => `172.16.${octet()}.${octet()}`;

function browserAt(browser: Browser, options: BrowserContextOptions = {}) {
  return browser.newContext({
    ...options,
    extraHTTPHeaders: { "X-Forwarded-For": anotherAddress() },
  });
}

/** Wrong passwords posted from `addresses` new addresses, five from each (what each may try). */
async function guessFromAddresses(
  browser: Browser,
  baseURL: string,
  email: string,
  addresses: number,
) {
  for (let a = 0; a < addresses; a++) {
    const context = await browserAt(browser);
    for (let i = 0; i < 5; i++) {
      const response = await context.request.post("/it/login", {
        form: { email, password: `wrong password ${a}-${i}` },
        headers: { Origin: baseURL },
      });
      expect(response.status()).toBe(400);
    }
    await context.close();
  }
}

test("[fr] les mauvais mots de passe d'un inconnu ne bloquent que son adresse, pas le titulaire", async ({
  page,
  browser,
}) => {
  const email = await signUp(page, "fr");
  await page.context().clearCookies();

  const stranger = await browserAt(browser);
  const strangerPage = await stranger.newPage();
  for (let attempt = 0; attempt < 5; attempt++) {
    await logIn(strangerPage, "fr", email, `mauvais mot de passe ${attempt}`);
    await expect(
      strangerPage.getByText("L'adresse e-mail ou le mot de passe n'est pas correct."),
    ).toBeVisible();
  }
  await logIn(strangerPage, "fr", email, PASSWORD);
  await expect(strangerPage.getByText("Trop de tentatives.")).toBeVisible();
  await expect(strangerPage).toHaveURL(/\/fr\/login$/);
  await stranger.close();

  await logIn(page, "fr", email);
  await expect(page).toHaveURL(/\/fr\/learn$/);
});

test("[it, JavaScript off] an account locked from many addresses is unlocked by its owner from the email, and stays open in that browser", async ({
  page,
  browser,
  baseURL,
}) => {
  const email = await signUp(page, "it");
  await page.context().clearCookies();
  const locked = "Questo account è bloccato per ora";

  await guessFromAddresses(browser, baseURL!, email, 2);
  const owner = await browserAt(browser, { javaScriptEnabled: false });
  const ownerPage = await owner.newPage();
  await logIn(ownerPage, "it", email);
  await expect(ownerPage.getByText(locked)).toBeVisible();

  const mail = await lastMailTo(email, /bloccato/);
  const link = /https?:\/\/\S+\/it\/unlock\?token=\S+/.exec(mail.text)?.[0];
  expect(link).toBeTruthy();
  await ownerPage.goto(link!);
  await ownerPage.getByRole("button", { name: "Sblocca il mio account" }).click();
  await expect(ownerPage).toHaveURL(/\/it\/login\?unlocked=1$/);
  await expect(ownerPage.getByText("Il tuo account è sbloccato")).toBeVisible();
  await logIn(ownerPage, "it", email);
  await expect(ownerPage).toHaveURL(/\/it\/learn$/);

  // Locked again by the stranger: the owner's browser still gets in; the link worked once.
  await owner.clearCookies({ name: "sta_session" });
  await guessFromAddresses(browser, baseURL!, email, 2);
  await logIn(page, "it", email);
  await expect(page.getByText(locked)).toBeVisible();
  await logIn(ownerPage, "it", email);
  await expect(ownerPage).toHaveURL(/\/it\/learn$/);
  await ownerPage.goto(link!);
  await expect(ownerPage.getByText("Questo link non funziona più")).toBeVisible();
  await owner.close();
});

test("[es, JavaScript off] la contraseña pedida para eliminar la cuenta: cinco intentos, después rechazada aunque sea la buena", async ({
  browser,
}) => {
  const context = await browserAt(browser, { javaScriptEnabled: false });
  const page = await context.newPage();
  const email = await signUp(page, "es");
  await page.goto("/es/account/delete");
  const submit = async (password: string) => {
    await page.locator('input[name="password"]').fill(password);
    await page.locator('input[name="confirm"]').check();
    await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "Eliminar mi cuenta" }).click(),
    ]);
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    await submit(`contraseña equivocada ${attempt}`);
    await expect(page.getByText("Esta no es tu contraseña actual.")).toBeVisible();
  }
  await submit(PASSWORD);
  await expect(page.getByText("Demasiados intentos.")).toBeVisible();
  await expect(page.locator('input[name="confirm"]')).toBeChecked();
  await expect(page).toHaveURL(/\/es\/account\/delete$/);

  await page.goto("/es/account");
  await expect(page.getByText(email)).toBeVisible();
  await context.close();
});
