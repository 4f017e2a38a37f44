import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireUser } from "~/account/auth.server.ts";
import { exportUserData } from "~/account/export.server.ts";
import { requireLanguage } from "~/utils/invariant.ts";

/** Downloads everything the platform holds about the logged-in user, as JSON. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const body = JSON.stringify(await exportUserData(user.id), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="social-tech-academy-my-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
