import { useLocation, useRouteError } from "@remix-run/react";

import { isLanguage, LANGUAGES, pathInLanguage } from "~/i18n/languages.ts";

/** Canonical URL and hreflang alternates for pages that exist in every language. */
export function AlternateLinks({ origin }: { origin: string }) {
  const { pathname } = useLocation();
  const error = useRouteError();
  if (error || !isLanguage(pathname.split("/")[1])) return null;
  return (
    <>
      <link rel="canonical" href={`${origin}${pathname}`} />
      {LANGUAGES.map((lang) => (
        <link
          key={lang}
          rel="alternate"
          hrefLang={lang}
          href={`${origin}${pathInLanguage(pathname, lang)}`}
        />
      ))}
      <link
        rel="alternate"
        hrefLang="x-default"
        href={`${origin}${pathInLanguage(pathname, "en")}`}
      />
    </>
  );
}
