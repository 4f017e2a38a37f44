import { type ActionFunctionArgs, redirect } from "@remix-run/node";

import { endSession } from "~/account/session.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";

export async function action({ params, request }: ActionFunctionArgs) {
  const lang = requireLanguage(params);
  return redirect(`/${lang}`, { headers: { "Set-Cookie": await endSession(request) } });
}

export function loader({ params }: ActionFunctionArgs) {
  return redirect(`/${requireLanguage(params)}`);
}
