import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { type Language, LANGUAGES, pathInLanguage } from "~/i18n/languages.ts";

/**
 * The page's language, opening onto links to the same page in each language (a full page
 * load, so every string changes at once). A disclosure, so it works without JavaScript.
 */
export function LanguageSwitcher({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <details className="languages">
      <summary>
        <span className="visually-hidden">
          {t("nav.languages")}: {LANGUAGE_NAMES[lang]}
        </span>
        <span aria-hidden="true" className="languages__code">
          {lang.toUpperCase()}
        </span>
      </summary>
      <nav aria-label={t("nav.languages")}>
        <ul>
          {LANGUAGES.map((code) => (
            <li key={code}>
              <Link
                to={`${pathInLanguage(pathname, code)}${search}`}
                hrefLang={code}
                lang={code}
                aria-current={code === lang ? "true" : undefined}
                reloadDocument
              >
                {LANGUAGE_NAMES[code]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
