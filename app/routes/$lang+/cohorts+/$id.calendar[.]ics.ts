import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireUser } from "~/account/auth.server.ts";
import { cohortCalendar } from "~/cohorts/calendar.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";

/** The live sessions of a cohort as a calendar file: for its trainer, admins and enrolled learners. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const calendar = await cohortCalendar(params.id ?? "", user);
  invariantResponse(calendar, "Cohort not found");
  return new Response(calendar.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendar.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
