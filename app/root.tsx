import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorPage } from "./components/error-page.tsx";
import { SiteFooter } from "./components/site-footer.tsx";
import { SiteHeader } from "./components/site-header.tsx";
import { i18nServer } from "./i18next.server.ts";
import { DEFAULT_LANGUAGE, isLanguage } from "./languages.ts";
import { resources } from "./locales.server.ts";
import styles from "./styles/app.css";
import { useNonce } from "./utils/nonce-provider.tsx";
import { publicOrigin } from "./utils/origin.server.ts";
import { AlternateLinks } from "./components/alternate-links.tsx";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const detected = await i18nServer.getLocale(request);
  const lang = isLanguage(detected) ? detected : DEFAULT_LANGUAGE;
  return { lang, translations: resources[lang], origin: publicOrigin(request) };
}
export type RootLoaderData = Awaited<ReturnType<typeof loader>>;

/** The strings only change with the language. */
export const shouldRevalidate: ShouldRevalidateFunction = ({
  currentParams,
  nextParams,
  defaultShouldRevalidate,
}) => currentParams.lang !== nextParams.lang && defaultShouldRevalidate;

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<RootLoaderData>("root");
  const lang = data?.lang ?? DEFAULT_LANGUAGE;
  const nonce = useNonce();
  const { i18n } = useTranslation();

  useEffect(() => {
    if (!data || i18n.language === data.lang) return;
    for (const [ns, strings] of Object.entries(data.translations)) {
      i18n.addResourceBundle(data.lang, ns, strings, true, true);
    }
    void i18n.changeLanguage(data.lang);
  }, [data, i18n]);

  return (
    <html lang={lang} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {data ? <AlternateLinks origin={data.origin} /> : null}
      </head>
      <body>
        <SiteHeader lang={lang} />
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

export function ErrorBoundary() {
  return <ErrorPage error={useRouteError()} />;
}
