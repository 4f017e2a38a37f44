import type { Language } from "~/i18n/languages.ts";

/** Each language named in itself. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "Français",
  it: "Italiano",
  es: "Español",
};
