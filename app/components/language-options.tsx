import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { LANGUAGES } from "~/i18n/languages.ts";

/** The four languages as <option>s, each named in itself. */
export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((code) => (
        <option key={code} value={code} lang={code}>
          {LANGUAGE_NAMES[code]}
        </option>
      ))}
    </>
  );
}
