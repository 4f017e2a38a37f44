import { describe, expect, test } from "vitest";

import { parseCohortForm } from "~/cohorts/cohort-editor.server.ts";

function cohortForm(price: string) {
  const form = new URLSearchParams({
    title: "Atelier numérique",
    language: "fr",
    startsOn: "2027-01-10",
    endsOn: "2027-01-12",
    capacity: "12",
    price,
    courses: "open-data",
  });
  return new Request("http://localhost/fr/trainer/cohorts/new", { method: "POST", body: form });
}

describe("the cohort form without Stripe keys", () => {
  test("a free cohort is accepted", async () => {
    const parsed = await parseCohortForm(cohortForm("0"));
    expect(parsed.value).toMatchObject({ title: "Atelier numérique", price: 0, capacity: 12 });
  });

  test("a paid cohort is refused, and the price field says why", async () => {
    expect(process.env.STRIPE_SECRET_KEY).toBeUndefined();
    const parsed = await parseCohortForm(cohortForm("45"));
    expect(parsed.value).toBeUndefined();
    expect(parsed.error?.init?.status).toBe(400);
    expect(parsed.error?.data.error).toEqual({ price: ["cohort.errors.priceNeedsStripe"] });
  });
});
