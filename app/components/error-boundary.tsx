import { useLocation, useRouteError } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { ErrorPage, type WayBack } from "~/components/error-page.tsx";
import { DEFAULT_LANGUAGE, isLanguage } from "~/i18n/languages.ts";

/**
 * A route's error boundary: its 403, 404 or 500 page in the page's language, leading back to
 * the route's area. The server renders it too, with the error's status, so it works without
 * JavaScript. Used as `export const ErrorBoundary = () => <RouteErrorBoundary wayBack="…" />`.
 */
export function RouteErrorBoundary({ wayBack }: { wayBack?: WayBack }) {
  const error = useRouteError();
  const { pathname, search } = useLocation();
  const { i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  return <ErrorPage error={error} lang={lang} here={pathname + search} wayBack={wayBack} />;
}
