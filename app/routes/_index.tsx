import { type LoaderFunctionArgs, redirect } from "@remix-run/node";

import { requestLanguage } from "~/i18n/i18next.server.ts";

/** The bare root sends each visitor to the language their browser prefers. */
export async function loader({ request }: LoaderFunctionArgs) {
  const lang = await requestLanguage(request);
  return redirect(`/${lang}`, {
    headers: { Vary: "Accept-Language", "Cache-Control": "private, no-cache" },
  });
}
