import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { LANGUAGE_NAMES } from "~/i18n/language-names.ts";
import { type Language, LANGUAGES, pathInLanguage } from "~/i18n/languages.ts";

/** Links to the same page in each language (a full page load, so every string changes at once). */
export function LanguageSwitcher({ lang }: { lang: Language }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  return (
    <nav aria-label={t("nav.languages")} className="languages">
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
  );
}
