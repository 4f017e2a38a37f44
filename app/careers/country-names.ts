/** A country's name in the page's language, from the browser's or Node's own locale data. */
export function countryName(code: string, lang: string) {
  return new Intl.DisplayNames([lang], { type: "region" }).of(code) ?? code;
}
