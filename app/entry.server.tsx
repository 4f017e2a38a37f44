import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { createInstance } from "i18next";
import { renderToString } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { i18nOptions } from "./i18n.ts";
import { i18nServer } from "./i18next.server.ts";
import { resources } from "./locales.server.ts";
import { contentSecurityPolicy } from "./utils/csp.server.ts";
import { cacheDocument } from "./utils/http-cache.server.ts";
import { isHttps } from "./utils/origin.server.ts";
import { NonceProvider } from "./utils/nonce-provider.tsx";

export const streamTimeout = 5000;

export default async function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  const i18n = createInstance();
  await i18n
    .use(initReactI18next)
    .init({ ...i18nOptions, lng: await i18nServer.getLocale(request), resources });

  const html =
    "<!DOCTYPE html>" +
    renderToString(
      <NonceProvider value={nonce}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} />
        </I18nextProvider>
      </NonceProvider>,
    );

  headers.set("Content-Type", "text/html; charset=utf-8");
  if (status === 200 && cacheDocument(request, headers, html, nonce)) {
    return new Response(null, { status: 304, headers });
  }
  const policy = contentSecurityPolicy(nonce, {
    isProduction: process.env.NODE_ENV === "production",
    isHttps: isHttps(),
  });
  headers.set("Content-Security-Policy", policy);
  return new Response(html, { status, headers });
}
