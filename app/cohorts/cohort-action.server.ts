import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";

import { cohortSchema } from "~/cohorts/cohort-schema.ts";
import { paymentsEnabled } from "~/payments/stripe-client.server.ts";

/** Parses the cohort form; a price needs payments set up. */
export async function parseCohortForm(request: Request) {
  const submission = parseWithZod(await request.formData(), { schema: cohortSchema });
  if (submission.status !== "success") return { error: data(submission.reply(), { status: 400 }) };
  if (submission.value.price > 0 && !paymentsEnabled()) {
    return {
      error: data(
        submission.reply({ fieldErrors: { price: ["cohort.errors.priceNeedsStripe"] } }),
        { status: 400 },
      ),
    };
  }
  return { value: submission.value };
}
