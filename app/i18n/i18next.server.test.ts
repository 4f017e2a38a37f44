import { describe, expect, test } from "vitest";

import { i18nServer } from "~/i18n/i18next.server.ts";

const localeOf = (path: string, acceptLanguage?: string) =>
  i18nServer.getLocale(
    new Request(`http://localhost${path}`, {
      headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {},
    }),
  );

describe("language detection", () => {
  test("the path's language wins over the browser's", async () => {
    expect(await localeOf("/it/courses", "fr-FR,fr;q=0.9")).toBe("it");
  });

  test("without a language in the path, the best match of Accept-Language", async () => {
    expect(await localeOf("/", "fr-FR,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(await localeOf("/", "de-DE,de;q=0.9,es;q=0.5")).toBe("es");
    expect(await localeOf("/", "pt-BR")).toBe("en");
    expect(await localeOf("/")).toBe("en");
  });

  test("an unsupported first segment is not a language", async () => {
    expect(await localeOf("/de/courses", "it")).toBe("it");
  });
});

describe("Accept-Language", () => {
  test("quality order, then header order; q=0 means never", async () => {
    const { preferredLanguage } = await import("~/i18n/accept-language.ts");
    expect(preferredLanguage("it;q=0.5, es;q=0.8")).toBe("es");
    expect(preferredLanguage("es, it")).toBe("es");
    expect(preferredLanguage("fr;q=0, en;q=0.1")).toBe("en");
    expect(preferredLanguage("*")).toBeNull();
    expect(preferredLanguage("garbage;;;")).toBeNull();
    expect(preferredLanguage(null)).toBeNull();
  });
});
