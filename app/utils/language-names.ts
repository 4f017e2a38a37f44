import type { Language } from "~/languages.ts";

/** Each language named in itself. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "Français",
  it: "Italiano",
  es: "Español",
};
