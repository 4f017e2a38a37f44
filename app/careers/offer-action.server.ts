import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";

import { offerSchema } from "~/careers/offer-schema.ts";
import { knownJobs } from "~/careers/offers.server.ts";

/** Parses the offer form; unknown job profiles (a tampered form) count as none chosen. */
export async function parseOfferForm(request: Request) {
  const submission = parseWithZod(await request.formData(), { schema: offerSchema });
  if (submission.status !== "success") return { error: data(submission.reply(), { status: 400 }) };
  if (!knownJobs(submission.value.jobs).length) {
    return {
      error: data(submission.reply({ fieldErrors: { jobs: ["offer.errors.jobsRequired"] } }), {
        status: 400,
      }),
    };
  }
  return { value: submission.value };
}
