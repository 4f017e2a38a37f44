import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { I18nextProvider } from "react-i18next";

import { RichTextContext } from "~/content/rich-text-context.tsx";
import { i18nFor, requestLanguage } from "~/i18n/i18next.server.ts";
import { checkoutOrigin, paymentsEnabled } from "~/payments/stripe-client.server.ts";
import { contentSecurityPolicy } from "~/utils/csp.server.ts";
import { prisma } from "~/utils/db.server.ts";
import { cacheDocument } from "~/utils/http-cache.server.ts";
import { NonceProvider } from "~/utils/nonce-provider.tsx";
import { isHttps } from "~/utils/origin.server.ts";
import { renderDocument } from "~/utils/render-document.server.tsx";
import { isStaticPage } from "~/utils/static-page.ts";

export const streamTimeout = 5000;

/** Work the server does on its own, started once per process by server/index.ts. */
export { startBackgroundJobs, stopBackgroundJobs } from "~/cohorts/background-jobs.server.ts";
/** Called by server/index.ts before it listens: a bad configuration stops the process at once. */
export { getEnv as checkEnvironment } from "~/utils/env.server.ts";

/** Called by server/index.ts once its requests and jobs are done, on shutdown. */
export function disconnectDatabase() {
  return prisma.$disconnect();
}

export default async function handleRequest(
  request: Request,
  status: number,
  headers: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : "";
  const i18n = i18nFor(await requestLanguage(request));

  const html = await renderDocument(
    <NonceProvider value={nonce}>
      <RichTextContext.Provider value={loadContext.richText}>
        <I18nextProvider i18n={i18n}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </I18nextProvider>
      </RichTextContext.Provider>
    </NonceProvider>,
    nonce,
    streamTimeout,
  );

  headers.set("Content-Type", "text/html; charset=utf-8");
  if (loadContext.requestStart !== undefined) {
    const duration = performance.now() - loadContext.requestStart;
    headers.set("Server-Timing", `app;desc="loaders and render";dur=${duration.toFixed(1)}`);
  }
  const handles = remixContext.staticHandlerContext.matches.map(
    (m) => remixContext.routeModules[m.route.id]?.handle,
  );
  if (isStaticPage(handles)) headers.set("X-Static-Page", "1");
  if (status === 200 && cacheDocument(request, headers, html, nonce)) {
    return new Response(null, { status: 304, headers });
  }
  const policy = contentSecurityPolicy(nonce, {
    isProduction: process.env.NODE_ENV === "production",
    isHttps: isHttps(),
    formTargets: paymentsEnabled() ? [checkoutOrigin()] : [],
  });
  headers.set("Content-Security-Policy", policy);
  return new Response(html, { status, headers });
}
