import { type LoaderFunctionArgs, redirect } from "@remix-run/node";

import { requestLanguage } from "~/i18n/i18next.server.ts";

/** The address printed on certificates: opens the verification page in the reader's language. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = await requestLanguage(request);
  return redirect(`/${lang}/certificates/${encodeURIComponent(params.code ?? "")}`, {
    headers: { Vary: "Accept-Language" },
  });
}
