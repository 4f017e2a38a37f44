import type { EnrollmentStatus } from "~/cohorts/enrollment-status.ts";
import { isOneOf } from "~/utils/one-of.ts";

/** The enrolment statuses that take one of a cohort's seats: enrolled, or held while paying. */
export const SEAT_HOLDING = [
  "enrolled",
  "pending_payment",
] as const satisfies readonly EnrollmentStatus[];
export type SeatHoldingStatus = (typeof SEAT_HOLDING)[number];

export function holdsSeat(status: string): status is SeatHoldingStatus {
  return isOneOf(SEAT_HOLDING, status);
}

/** The seats still free: never below zero, as a trainer may cut the seats below those taken. */
export function seatsLeft(capacity: number, taken: number) {
  return Math.max(0, capacity - taken);
}

/** The seats taken and the places on the waiting list, among a cohort's enrolments. */
export function seatCounts(enrollments: { status: string }[]) {
  return {
    taken: enrollments.filter((e) => holdsSeat(e.status)).length,
    waiting: enrollments.filter((e) => e.status === ("waiting" satisfies EnrollmentStatus)).length,
  };
}
