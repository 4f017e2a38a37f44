import { createInstance, type i18n, type Namespace } from "i18next";
import { initReactI18next } from "react-i18next";
import { RemixI18Next } from "remix-i18next/server";

import { preferredLanguage } from "~/i18n/accept-language.ts";
import { i18nOptions } from "~/i18n/config.ts";
import { DEFAULT_LANGUAGE, isLanguage, type Language, LANGUAGES } from "~/i18n/languages.ts";
import { resources } from "~/i18n/locales.server.ts";

/** The language named by the first path segment, if it is one we serve. */
export function languageFromPath(pathname: string) {
  const first = pathname.split("/")[1];
  return isLanguage(first) ? first : null;
}

/** Detects a request's language: the path's, else the best of Accept-Language, else English. */
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

export async function requestLanguage(request: Request): Promise<Language> {
  const detected = await i18nServer.getLocale(request);
  return isLanguage(detected) ? detected : DEFAULT_LANGUAGE;
}

const instances = new Map<Language, i18n>();

/**
 * One read-only i18next instance per language, created on first use and shared by every
 * request (creating one per request was a measurable part of each render).
 */
export function i18nFor(lang: Language): i18n {
  let instance = instances.get(lang);
  if (!instance) {
    instance = createInstance();
    void instance
      .use(initReactI18next)
      .init({ ...i18nOptions, lng: lang, resources, initImmediate: false });
    instances.set(lang, instance);
  }
  return instance;
}

export function getFixedT<N extends Namespace = "common">(lang: Language, ns?: N) {
  return i18nFor(lang).getFixedT<N>(lang, ns);
}
