import { type Part, PARTS } from "~/content/vocabulary.ts";

export const PASS_MARK = 70;

export type CourseProgress = {
  done: Part[];
  percent: number;
  /** The first part not done yet, in course order; null when all are done. */
  nextPart: Part | null;
  complete: boolean;
};

/** A course's completion in percent, from the number of its parts done. */
export const percentDone = (partsDone: number) => Math.round((partsDone / PARTS.length) * 100);

export function courseProgress(done: Iterable<string>): CourseProgress {
  const doneSet = new Set(done);
  const parts = PARTS.filter((p) => doneSet.has(p));
  return {
    done: parts,
    percent: percentDone(parts.length),
    nextPart: PARTS.find((p) => !doneSet.has(p)) ?? null,
    complete: parts.length === PARTS.length,
  };
}

/** A certificate needs every part done and one quiz attempt at or above the pass mark. */
export function isCertificateDue(partsDone: Iterable<string>, bestScore: number | null) {
  return courseProgress(partsDone).complete && bestScore !== null && bestScore >= PASS_MARK;
}
