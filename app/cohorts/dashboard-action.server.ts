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

/** The cohort page's forms, told apart by `intent`; the cohort is already known to be the trainer's. */
export async function handleDashboardAction(cohortId: string, formData: FormData) {
  const intent = String(formData.get("intent"));
  switch (intent) {
    case "add-session": {
      const submission = parseWithZod(formData, { schema: liveSessionSchema });
      if (submission.status !== "success")
        return data({ intent, result: submission.reply() }, { status: 400 });
      await addLiveSession(cohortId, submission.value);
      return { intent, result: submission.reply({ resetForm: true }) };
    }
    case "remove-session":
      await removeLiveSession(cohortId, String(formData.get("sessionId")));
      break;
    case "attendance": {
      const sessionId = String(formData.get("sessionId"));
      await recordAttendance(cohortId, sessionId, formData.getAll("present").map(String));
      return { intent, result: null, sessionId };
    }
    case "remove-learner":
      await removeLearner(cohortId, String(formData.get("userId")));
      break;
    case "regenerate":
      await regenerateJoinCode(cohortId);
      break;
    case "archive":
      await archiveCohort(cohortId);
      break;
    default:
      throw new Response("Unknown action", { status: 400 });
  }
  return { intent, result: null };
}
