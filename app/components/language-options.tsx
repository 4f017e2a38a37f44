import { LANGUAGES } from "~/languages.ts";
import { LANGUAGE_NAMES } from "~/utils/language-names.ts";

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
