import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";

import { liveSessionSchema } from "~/cohorts/cohort-schema.ts";
import {
  addLiveSession,
  archiveCohort,
  recordAttendance,
  regenerateJoinCode,
  removeLiveSession,
} from "~/cohorts/cohorts.server.ts";
import { removeLearner } from "~/payments/payments.server.ts";
import { handleIntent } from "~/utils/intent.server.ts";

/** What a form of the page that shows nothing more than the page itself answers. */
const done = <Intent extends string>(intent: Intent) => ({ intent, result: null });

/** The cohort page's forms, told apart by `intent`; the cohort is already known to be the trainer's. */
export function handleDashboardAction(cohortId: string, formData: FormData) {
  const field = (name: string) => String(formData.get(name));
  return handleIntent(formData, {
    "add-session": async () => {
      const intent = "add-session";
      const submission = parseWithZod(formData, { schema: liveSessionSchema });
      if (submission.status !== "success")
        return data({ intent, result: submission.reply() }, { status: 400 });
      await addLiveSession(cohortId, submission.value);
      return { intent, result: submission.reply({ resetForm: true }) };
    },
    "remove-session": async () => {
      await removeLiveSession(cohortId, field("sessionId"));
      return done("remove-session");
    },
    attendance: async () => {
      const sessionId = field("sessionId");
      await recordAttendance(cohortId, sessionId, formData.getAll("present").map(String));
      return { ...done("attendance"), sessionId };
    },
    "remove-learner": async () => {
      await removeLearner(cohortId, field("userId"));
      return done("remove-learner");
    },
    regenerate: async () => {
      await regenerateJoinCode(cohortId);
      return done("regenerate");
    },
    archive: async () => {
      await archiveCohort(cohortId);
      return done("archive");
    },
  });
}
