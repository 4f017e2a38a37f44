import { NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { Language } from "~/i18n/languages.ts";

/** The links between the admin pages. */
export function AdminNav({ lang }: { lang: Language }) {
  const { t } = useTranslation("account");
  return (
    <nav aria-label={t("admin.nav.label")} className="admin-nav">
      <ul>
        <li>
          <NavLink to={`/${lang}/admin/users`} end>
            {t("admin.nav.users")}
          </NavLink>
        </li>
        <li>
          <NavLink to={`/${lang}/admin/emails`} end>
            {t("admin.nav.emails")}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
