import { describe, expect, test } from "vitest";

import { holdsSeat, seatCounts, seatsLeft } from "~/cohorts/seats.ts";

describe("seats", () => {
  test("an enrolled learner and a seat held for payment take a seat; waiting and removed do not", () => {
    expect(holdsSeat("enrolled")).toBe(true);
    expect(holdsSeat("pending_payment")).toBe(true);
    expect(holdsSeat("waiting")).toBe(false);
    expect(holdsSeat("removed")).toBe(false);
  });

  test("seats left never go below zero", () => {
    expect(seatsLeft(10, 3)).toBe(7);
    expect(seatsLeft(10, 10)).toBe(0);
    expect(seatsLeft(2, 5)).toBe(0);
  });

  test("counts the seats taken and the waiting list", () => {
    const statuses = ["enrolled", "pending_payment", "waiting", "removed", "enrolled", "waiting"];
    expect(seatCounts(statuses.map((status) => ({ status })))).toEqual({ taken: 3, waiting: 2 });
    expect(seatCounts([])).toEqual({ taken: 0, waiting: 0 });
  });
});
