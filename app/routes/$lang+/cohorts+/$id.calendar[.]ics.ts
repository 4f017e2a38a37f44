import type { LoaderFunctionArgs } from "@remix-run/node";

import { requireUser } from "~/account/auth.server.ts";
import { toIcs } from "~/cohorts/ics.ts";
import { prisma } from "~/utils/db.server.ts";
import { invariantResponse, requireLanguage } from "~/utils/invariant.ts";

/** The live sessions of a cohort as a calendar file: for its trainer, admins and enrolled learners. */
export async function loader({ params, request }: LoaderFunctionArgs) {
  const lang = requireLanguage(params);
  const user = await requireUser(request, lang);
  const cohort = await prisma.cohort.findUnique({
    where: { id: params.id ?? "" },
    include: {
      sessions: { orderBy: { startsAt: "asc" } },
      enrollments: { where: { userId: user.id, status: "enrolled" } },
    },
  });
  const allowed =
    cohort &&
    (cohort.trainerId === user.id || user.role === "admin" || cohort.enrollments.length > 0);
  invariantResponse(allowed, "Cohort not found");
  const ics = toIcs(
    cohort.title,
    cohort.sessions.map((s) => ({
      uid: `${s.id}@socialtech.academy`,
      start: s.startsAt,
      durationMinutes: s.durationMinutes,
      summary: cohort.title,
      location: s.place,
    })),
  );
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="cohort-${cohort.joinCode}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
