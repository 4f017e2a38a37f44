import { isRouteErrorResponse } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function ErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="page error-page">
      <h1>{notFound ? t("error.notFoundTitle") : t("error.title")}</h1>
      <p>{notFound ? t("error.notFoundText") : t("error.text")}</p>
      <p>
        <a href="/">{t("error.home")}</a>
      </p>
    </div>
  );
}
