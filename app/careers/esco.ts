import type { JobMeta } from "~/content/schema.ts";
import type { Language } from "~/i18n/languages.ts";

export type EscoOccupation = { uri: string; label: string; labelLang: Language };

/**
 * The ESCO occupation of a job profile in the reader's language: ESCO's preferred label in
 * that language when the content records it, else the English one (marked as English, so
 * that a screen reader pronounces it right).
 */
export function escoOccupation(esco: JobMeta["esco"], lang: Language): EscoOccupation | null {
  if (!esco) return null;
  const label = esco.labels[lang];
  return label
    ? { uri: esco.uri, label, labelLang: lang }
    : { uri: esco.uri, label: esco.labels.en, labelLang: "en" };
}
