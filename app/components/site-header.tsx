import { Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { type NavUser, UserNav } from "~/account/user-nav.tsx";
import { LanguageSwitcher } from "~/components/language-switcher.tsx";
import type { Language } from "~/i18n/languages.ts";

export function SiteHeader({ lang, user }: { lang: Language; user: NavUser }) {
  const { t } = useTranslation();
  const { t: tCatalog } = useTranslation("catalog");
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
      </div>
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
    </header>
  );
}
