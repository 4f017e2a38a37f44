import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { Role } from "~/account/roles.ts";
import type { Language } from "~/i18n/languages.ts";

export type NavUser = { name: string; role: Role } | null;

/** Log in / sign up for visitors; the learner's pages and a log-out button (a POST) for users. */
export function UserNav({ lang, user }: { lang: Language; user: NavUser }) {
  const { t } = useTranslation("account");
  const { t: tCatalog } = useTranslation("catalog");
  const { t: tCohorts } = useTranslation("cohorts");
  if (!user) {
    return (
      <ul className="user-nav">
        <li>
          <Link to={`/${lang}/login`}>{t("nav.login")}</Link>
        </li>
        <li>
          <Link to={`/${lang}/signup`}>{t("nav.signup")}</Link>
        </li>
      </ul>
    );
  }
  return (
    <ul className="user-nav" aria-label={t("nav.user")}>
      <li>
        <Link to={`/${lang}/learn`}>{t("nav.learn")}</Link>
      </li>
      <li>
        <Link to={`/${lang}/account`}>{t("nav.account")}</Link>
      </li>
      {user.role === "trainer" || user.role === "admin" ? (
        <li>
          <Link to={`/${lang}/trainer/cohorts`}>{tCohorts("cohort.nav")}</Link>
        </li>
      ) : null}
      {user.role === "recruiter" || user.role === "admin" ? (
        <li>
          <Link to={`/${lang}/recruiter/offers`}>{tCatalog("offer.recruiter.title")}</Link>
        </li>
      ) : null}
      {user.role === "admin" ? (
        <li>
          <Link to={`/${lang}/admin/users`}>{t("nav.admin")}</Link>
        </li>
      ) : null}
      <li>
        <Form method="post" action={`/${lang}/logout`}>
          <button type="submit" className="link-button">
            {t("nav.logout")}
          </button>
        </Form>
      </li>
    </ul>
  );
}
