import { useTranslation } from "react-i18next";
import type { Language } from "../languages.ts";

/**
 * Gives the browser's i18next the strings the root loader sent for the page's language,
 * before anything renders with them. Idempotent, so safe during render; a no-op on the
 * server, whose instance already has every language.
 */
export function useLanguageResources(
  lang: Language,
  translations: Record<string, object> | undefined,
) {
  const { i18n } = useTranslation();
  if (translations && !i18n.hasResourceBundle(lang, "common")) {
    for (const [ns, strings] of Object.entries(translations)) {
      i18n.addResourceBundle(lang, ns, strings, true, true);
    }
  }
  if (i18n.language !== lang) void i18n.changeLanguage(lang);
}
