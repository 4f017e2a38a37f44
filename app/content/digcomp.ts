import { isOneOf } from "~/utils/one-of.ts";

/** DigComp 2.2: the European Digital Competence Framework for Citizens (JRC, 2022). */
export const DIGCOMP_VERSION = "2.2";

export const DIGCOMP_AREAS = ["1", "2", "3", "4", "5"] as const;
export type DigCompArea = (typeof DIGCOMP_AREAS)[number];

export const DIGCOMP_COMPETENCES = [
  "1.1",
  "1.2",
  "1.3",
  "2.1",
  "2.2",
  "2.3",
  "2.4",
  "2.5",
  "2.6",
  "3.1",
  "3.2",
  "3.3",
  "3.4",
  "4.1",
  "4.2",
  "4.3",
  "4.4",
  "5.1",
  "5.2",
  "5.3",
  "5.4",
] as const;
export type DigCompCompetence = (typeof DIGCOMP_COMPETENCES)[number];

export const isDigCompCompetence = (value: string): value is DigCompCompetence =>
  isOneOf(DIGCOMP_COMPETENCES, value);

export function digCompArea(code: DigCompCompetence): DigCompArea {
  return code.split(".")[0] as DigCompArea;
}
