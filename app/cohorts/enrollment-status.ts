import { isOneOf, parseOneOf } from "~/utils/one-of.ts";

/**
 * A learner's place in a cohort (`Enrollment.status`): `enrolled` holds a seat,
 * `pending_payment` holds one until paid (a priced cohort), `waiting` is on the waiting list,
 * `removed` gave the place up or was removed by the trainer. Which take a seat: seats.ts.
 */
export const ENROLLMENT_STATUSES = ["enrolled", "waiting", "pending_payment", "removed"] as const;
export type EnrollmentStatus = (typeof ENROLLMENT_STATUSES)[number];

/** The statuses of a learner still in the cohort: the ones the pages name. */
export const ACTIVE_ENROLLMENT_STATUSES = [
  "enrolled",
  "waiting",
  "pending_payment",
] as const satisfies readonly EnrollmentStatus[];
export type ActiveEnrollmentStatus = (typeof ACTIVE_ENROLLMENT_STATUSES)[number];

export const parseEnrollmentStatus = (value: string): EnrollmentStatus =>
  parseOneOf(ENROLLMENT_STATUSES, value, "enrolment status");

/** The status of an enrolment read by a query that leaves out `removed` ones. */
export const parseActiveEnrollmentStatus = (value: string): ActiveEnrollmentStatus =>
  parseOneOf(ACTIVE_ENROLLMENT_STATUSES, value, "active enrolment status");

export const isActiveEnrollment = (status: EnrollmentStatus): status is ActiveEnrollmentStatus =>
  isOneOf(ACTIVE_ENROLLMENT_STATUSES, status);
