import type { LoaderFunctionArgs } from "@remix-run/node";

import { isLanguage } from "~/i18n/languages.ts";
import { LOCALES_VERSION, resources } from "~/i18n/locales.server.ts";

/**
 * The UI strings of one language, for the browser's i18next. Kept out of every page's data:
 * a versioned URL is cached for a year, so a learner downloads the strings once per release.
 */
export function loader({ params, request }: LoaderFunctionArgs) {
  if (!isLanguage(params.lang)) throw new Response("Not found", { status: 404 });
  const current = new URL(request.url).searchParams.get("v") === LOCALES_VERSION;
  return new Response(JSON.stringify(resources[params.lang]), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300",
    },
  });
}
