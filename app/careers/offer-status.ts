import { parseOneOf } from "~/utils/one-of.ts";

/**
 * An offer's status (`JobOffer.status`): `open` is listed until the end of its closing day,
 * `closed` by its recruiter (who may renew it), `unpublished` by an admin: under moderation,
 * which its recruiter cannot undo.
 */
export const OFFER_STATUSES = ["open", "closed", "unpublished"] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** What a recruiter's list says of an offer: its status, or `expired` past its closing day. */
export const OFFER_STATES = [...OFFER_STATUSES, "expired"] as const;
export type OfferState = (typeof OFFER_STATES)[number];

export const parseOfferStatus = (value: string): OfferStatus =>
  parseOneOf(OFFER_STATUSES, value, "offer status");
