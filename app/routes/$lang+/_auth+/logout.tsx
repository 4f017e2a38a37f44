import { type ActionFunctionArgs, redirect } from "@remix-run/node";

import { safeRedirect } from "~/account/auth.server.ts";
import { endSession } from "~/account/session.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";

/** Logs out, then home, or to `redirectTo` (a 403 page's "log in with another account"). */
export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  const form = await request.formData().catch(() => null);
  const to = safeRedirect(form?.get("redirectTo"), `/${lang}`);
  return redirect(to, { headers: { "Set-Cookie": await endSession(request) } });
}

export function loader({ params }: ActionFunctionArgs) {
  return redirect(`/${requireLanguage(params)}`);
}
