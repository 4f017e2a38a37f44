import { isLanguage, type Language } from "~/i18n/languages.ts";

/**
 * The first of our languages in an Accept-Language header, by quality. Unlike picking the
 * browser's single favourite, "de, es;q=0.5" gives Spanish rather than the fallback.
 */
export function preferredLanguage(header: string | null): Language | null {
  const ranked = (header ?? "")
    .split(",")
    .map((entry, index) => {
      const [tag = "", ...params] = entry.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return {
        code: tag.split("-")[0]?.toLowerCase(),
        quality: Number.isNaN(quality) ? 0 : quality,
        index,
      };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.code).find(isLanguage) ?? null;
}
