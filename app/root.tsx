import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  type ShouldRevalidateFunction,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";

import { getUser } from "~/account/auth.server.ts";
import { AlternateLinks } from "~/components/alternate-links.tsx";
import { RouteErrorBoundary } from "~/components/error-boundary.tsx";
import { errorKind } from "~/components/error-page.tsx";
import { SiteFooter } from "~/components/site-footer.tsx";
import { SiteHeader } from "~/components/site-header.tsx";
import { getFixedT, requestLanguage } from "~/i18n/i18next.server.ts";
import { DEFAULT_LANGUAGE } from "~/i18n/languages.ts";
import { LOCALES_VERSION } from "~/i18n/locales.server.ts";
import styles from "~/styles/app.css";
import { pageMeta } from "~/utils/meta.ts";
import { useNonce } from "~/utils/nonce-provider.tsx";
import { publicOrigin } from "~/utils/origin.server.ts";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = await requestLanguage(request);
  const t = getFixedT(lang);
  const user = await getUser(request);
  return {
    lang,
    localesUrl: `/locales/${lang}.json?v=${LOCALES_VERSION}`,
    errorTitles: {
      forbidden: t("error.forbiddenTitle"),
      notFound: t("error.notFoundTitle"),
      other: t("error.title"),
    },
    origin: publicOrigin(request),
    user: user && { name: user.name, role: user.role },
  };
}
export type RootLoaderData = Awaited<ReturnType<typeof loader>>;

/** Pages set their own title; this one is for the error pages. */
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  if (!error) return [];
  return pageMeta(data?.errorTitles[errorKind(error)]);
};

/** The strings change with the language; the user with a form (login, logout, account). */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  currentParams,
  nextParams,
  formMethod,
  defaultShouldRevalidate,
}) => (currentParams.lang !== nextParams.lang || Boolean(formMethod)) && defaultShouldRevalidate;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootLoaderData>("root");
  const lang = data?.lang ?? DEFAULT_LANGUAGE;
  const nonce = useNonce();

  return (
    <html lang={lang} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        {data ? <meta name="i18n-strings" content={data.localesUrl} /> : null}
        <Links />
        {data ? <AlternateLinks origin={data.origin} /> : null}
      </head>
      <body>
        <SiteHeader lang={lang} user={data?.user ?? null} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export const ErrorBoundary = () => <RouteErrorBoundary />;
