import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Previous and next links between the pages of a long list: plain links, so no JavaScript needed. */
export function Pager({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  const { t } = useTranslation();
  if (pages < 2) return null;
  return (
    <nav aria-label={t("nav.pages")} className="pager">
      {page > 1 ? <Link to={href(page - 1)}>{t("nav.previousPage")}</Link> : <span />}
      <span>{t("nav.pageOf", { page, pages })}</span>
      {page < pages ? <Link to={href(page + 1)}>{t("nav.nextPage")}</Link> : null}
    </nav>
  );
}
