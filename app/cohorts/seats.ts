/** The enrolment statuses that take one of a cohort's seats: enrolled, or held while paying. */
export const SEAT_HOLDING = ["enrolled", "pending_payment"] as const;

export function holdsSeat(status: string) {
  return (SEAT_HOLDING as readonly string[]).includes(status);
}

/** The seats still free: never below zero, as a trainer may cut the seats below those taken. */
export function seatsLeft(capacity: number, taken: number) {
  return Math.max(0, capacity - taken);
}

/** The seats taken and the places on the waiting list, among a cohort's enrolments. */
export function seatCounts(enrollments: { status: string }[]) {
  return {
    taken: enrollments.filter((e) => holdsSeat(e.status)).length,
    waiting: enrollments.filter((e) => e.status === "waiting").length,
  };
}
