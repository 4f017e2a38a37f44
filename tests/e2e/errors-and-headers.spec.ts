import { expect, test } from "./fixtures.ts";

test("an unsupported language is a translated 404, not a crash", async ({ page }) => {
  const response = await page.goto("/de/courses", { waitUntil: "commit" });
  expect(response?.status()).toBe(404);
  await page.goto("/fr/courses/no-such-course").catch(() => undefined);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  const missingPart = await page.request.get("/en/courses/open-data/appendix");
  expect(missingPart.status()).toBe(404);
});

test("documents carry an enforced CSP with a nonce and are cacheable with an ETag", async ({
  request,
}) => {
  const first = await request.get("/en/courses/open-data/theory");
  const csp = first.headers()["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(first.headers()["cache-control"]).toContain("public");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/en/courses/open-data/theory", {
    headers: { "If-None-Match": etag ?? "" },
  });
  expect(again.status()).toBe(304);
});

test("sitemap, robots and health answer", async ({ request }) => {
  const sitemap = await request.get("/sitemap.xml");
  const xml = await sitemap.text();
  for (const lang of ["en", "fr", "it", "es"]) {
    expect(xml).toContain(`/${lang}/courses/gdpr-essentials/reference</loc>`);
    expect(xml).toContain(`/${lang}/interviews/open-data-officer-interview</loc>`);
    expect(xml).toContain(`/${lang}/jobs/web-developer/recruiters</loc>`);
  }
  expect(await (await request.get("/robots.txt")).text()).toContain("Sitemap:");
  expect((await request.get("/healthz")).status()).toBe(200);
});

test("a cross-site POST is refused", async ({ request }) => {
  const response = await request.post("/en/courses", {
    headers: { Origin: "https://evil.example" },
  });
  expect(response.status()).toBe(403);
});

test("every page of the sitemap answers in its language", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  const paths = [...xml.matchAll(/<loc>https?:\/\/[^/]+([^<]*)<\/loc>/g)].map((m) => m[1] ?? "");
  expect(paths.length).toBeGreaterThan(50);
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text(), path).toContain(`<html lang="${path.split("/")[1]}"`);
  }
});

test("content pages are served again from memory for anonymous visitors, each with a fresh nonce", async ({
  request,
}) => {
  const first = await request.get("/it/courses/open-data/toolbox", {
    headers: { "Sec-Fetch-Dest": "document" },
  });
  const second = await request.get("/it/courses/open-data/toolbox", {
    headers: { "Sec-Fetch-Dest": "document" },
  });
  expect(second.headers()["x-page-cache"]).toBe("hit");
  const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
  const [a, b] = [
    nonceOf(first.headers()["content-security-policy"]),
    nonceOf(second.headers()["content-security-policy"]),
  ];
  expect(a).toBeTruthy();
  expect(b).not.toBe(a);
  const html = await second.text();
  expect(html).toContain(`nonce="${b}"`);
  expect(html).not.toContain("__CSP_NONCE__");
  expect(second.headers()["etag"]).toBe(first.headers()["etag"]);

  const offers = await request.get("/it/offers");
  const offersAgain = await request.get("/it/offers");
  expect(offers.status()).toBe(200);
  expect(offersAgain.headers()["x-page-cache"]).toBeUndefined();
});
