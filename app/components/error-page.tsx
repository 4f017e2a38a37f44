import { isRouteErrorResponse } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import type { Language } from "~/i18n/languages.ts";

/** Where an area's error page leads back to: the area's list, or the user's own pages. */
export const WAYS_BACK = {
  adminUsers: "admin/users",
  cohorts: "trainer/cohorts",
  courses: "courses",
  dashboard: "learn",
  interviews: "interviews",
  jobs: "jobs",
  join: "join",
  offers: "offers",
  recruiterOffers: "recruiter/offers",
} as const;
export type WayBack = keyof typeof WAYS_BACK;

export type ErrorKind = "forbidden" | "notFound" | "other";

/** 403 and 404 have their own page; any other status or a thrown error is "something went wrong". */
export function errorKind(error: unknown): ErrorKind {
  if (isRouteErrorResponse(error) && error.status === 403) return "forbidden";
  if (isRouteErrorResponse(error) && error.status === 404) return "notFound";
  return "other";
}

const TEXT = {
  forbidden: { title: "error.forbiddenTitle", text: "error.forbiddenText" },
  notFound: { title: "error.notFoundTitle", text: "error.notFoundText" },
  other: { title: "error.title", text: "error.text" },
} as const;

type Props = {
  error: unknown;
  lang: Language;
  /** The address that failed, to try again or to come back to after logging in. */
  here: string;
  wayBack?: WayBack;
};

/**
 * An error in the page's language with a way back. Never the error's own text, except in
 * development; plain links and a plain form, so it works whatever state the app is in.
 */
export function ErrorPage({ error, lang, here, wayBack }: Props) {
  const { t } = useTranslation();
  const kind = errorKind(error);
  const home = <a href={`/${lang}`}>{t("error.home")}</a>;
  return (
    <div className="page error-page">
      <h1>{t(TEXT[kind].title)}</h1>
      <p>{t(TEXT[kind].text)}</p>
      {kind === "forbidden" ? (
        <div className="error-page__actions">
          <a className="button" href={`/${lang}/${WAYS_BACK.dashboard}`}>
            {t("error.back.dashboard")}
          </a>
          <form method="post" action={`/${lang}/logout`}>
            <input
              type="hidden"
              name="redirectTo"
              value={`/${lang}/login?redirectTo=${encodeURIComponent(here)}`}
            />
            <button type="submit" className="link-button">
              {t("error.otherAccount")}
            </button>
          </form>
        </div>
      ) : null}
      {kind === "notFound" ? (
        <div className="error-page__actions">
          {wayBack ? (
            <a className="button" href={`/${lang}/${WAYS_BACK[wayBack]}`}>
              {t(`error.back.${wayBack}`)}
            </a>
          ) : null}
          {home}
        </div>
      ) : null}
      {kind === "other" ? (
        <div className="error-page__actions">
          <a className="button" href={here}>
            {t("error.tryAgain")}
          </a>
          {home}
        </div>
      ) : null}
      {process.env.NODE_ENV === "development" && error instanceof Error ? (
        <pre className="error-page__details">{error.message}</pre>
      ) : null}
    </div>
  );
}
