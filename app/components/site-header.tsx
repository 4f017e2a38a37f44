import { Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

import { type NavUser, UserNav } from "~/account/user-nav.tsx";
import { LanguageSwitcher } from "~/components/language-switcher.tsx";
import type { Language } from "~/i18n/languages.ts";

/**
 * On a phone the header is one row: the name, the language and a menu, both disclosures that
 * work without JavaScript; on a wide screen the menu's links show inline (see app.css).
 */
export function SiteHeader({ lang, user }: { lang: Language; user: NavUser }) {
  const { t } = useTranslation();
  const { t: tCatalog } = useTranslation("catalog");
  const menu = useRef<HTMLDetailsElement>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="site-header__bar">
        <Link className="brand" to={`/${lang}`}>
          {t("site.name")}
        </Link>
        <LanguageSwitcher lang={lang} />
        <details className="menu" ref={menu}>
          <summary>{t("nav.menu")}</summary>
          <nav aria-label={t("nav.main")} className="main-nav">
            <ul>
              <li>
                <NavLink to={`/${lang}/courses`}>{t("nav.courses")}</NavLink>
              </li>
              <li>
                <NavLink to={`/${lang}/jobs`}>{t("nav.jobs")}</NavLink>
              </li>
              <li>
                <NavLink to={`/${lang}/interviews`}>{t("nav.interviews")}</NavLink>
              </li>
              <li>
                <NavLink to={`/${lang}/offers`}>{tCatalog("offer.nav")}</NavLink>
              </li>
            </ul>
            <UserNav lang={lang} user={user} />
          </nav>
        </details>
      </div>
    </header>
  );
}
