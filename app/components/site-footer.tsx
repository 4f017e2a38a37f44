import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t("footer.about")}</p>
      <p>
        {t("footer.licencePrefix")}{" "}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">
          {t("footer.licence")}
        </a>
        .
      </p>
    </footer>
  );
}
