export const LANGUAGES = ["en", "fr", "it", "es"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "en";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The same path in another language: replaces (or adds) the first segment. */
export function pathInLanguage(pathname: string, language: Language): string {
  const [, first = "", ...rest] = pathname.split("/");
  const tail = isLanguage(first) ? rest : [first, ...rest].filter(Boolean);
  return ["", language, ...tail].join("/").replace(/\/$/, "") || `/${language}`;
}
