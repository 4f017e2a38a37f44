import { parseOneOf } from "~/utils/one-of.ts";

/**
 * What a user may do (`User.role`): every user learns; trainers run cohorts, recruiters post
 * job offers, and admins do all of it and manage users and offers.
 */
export const ROLES = ["learner", "trainer", "recruiter", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const parseRole = (value: string): Role => parseOneOf(ROLES, value, "role");
