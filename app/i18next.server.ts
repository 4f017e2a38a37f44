import { RemixI18Next } from "remix-i18next/server";
import { i18nOptions } from "./i18n.ts";
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage } from "./languages.ts";
import { resources } from "./locales.server.ts";
import { preferredLanguage } from "./utils/accept-language.ts";

/** The language named by the first path segment, if it is one we serve. */
export function languageFromPath(pathname: string) {
  const first = pathname.split("/")[1];
  return isLanguage(first) ? first : null;
}

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...LANGUAGES],
    fallbackLanguage: DEFAULT_LANGUAGE,
    order: ["custom"],
    findLocale: async (request) =>
      languageFromPath(new URL(request.url).pathname) ??
      preferredLanguage(request.headers.get("Accept-Language")),
  },
  i18next: { ...i18nOptions, resources },
});
