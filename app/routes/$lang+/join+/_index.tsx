import { type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";

import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { getFixedT } from "~/i18n/i18next.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";
import { pageMeta, withErrorTitle } from "~/utils/meta.ts";

/** Typing a cohort code: a GET form that leads to the cohort's join page. */
export function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const code = (new URL(request.url).searchParams.get("code") ?? "").trim().toUpperCase();
  if (/^[A-Z0-9]{4,12}$/.test(code)) throw redirect(`/${lang}/join/${code}`);
  return {
    invalid: code.length > 0,
    meta: { title: getFixedT(lang, "cohorts")("cohort.join.title") },
  };
}

export const meta: MetaFunction<typeof loader> = withErrorTitle(({ data }) =>
  pageMeta(data?.meta.title),
);

export default function JoinByCode() {
  const { invalid } = useLoaderData<typeof loader>();
  const { t } = useTranslation("cohorts");
  return (
    <div className="page narrow">
      <h1>{t("cohort.join.title")}</h1>
      <p>{t("cohort.join.lead")}</p>
      <Form method="get">
        <div className="field">
          <label htmlFor="code">{t("cohort.join.code")}</label>
          <input
            id="code"
            name="code"
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={12}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "code-error" : undefined}
          />
          {invalid ? (
            <ul className="field__errors" id="code-error">
              <li>{t("cohort.join.unknown")}</li>
            </ul>
          ) : null}
        </div>
        <button type="submit">{t("cohort.join.find")}</button>
      </Form>
    </div>
  );
}

export const ErrorBoundary = () => <RouteErrorBoundary wayBack="join" />;
