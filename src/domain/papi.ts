// Fixed facts of the PAPI index (see data/sources/papi/README.md). Which years compare is not one of
// them: it is derived from the data (indicator_comparability in src/db/schema.sql.ts).

/** Default province: Đắk Nông (P43 in data/provinces.csv). Never hard-wire it elsewhere. */
export const DEFAULT_PROVINCE_CODE = 'P43';

/** A dimension's scale (the total is the sum of the year's dimensions). */
export const DIMENSION_SCORE_MIN = 1;
export const DIMENSION_SCORE_MAX = 10;

/** Rounds to 2 decimals, the precision PAPI publishes and the app writes scores in. */
export function roundAsPublished(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The difference a reader computes from the two figures as written (two decimals each). */
const writtenDifference = (score: number, target: number): number =>
  roundAsPublished(roundAsPublished(target) - roundAsPublished(score));

/**
 * Points from a score to a score someone wrote (a plan's goal, a number typed as a target), judged as the reader
 * sees both: at the published precision, so a score written "45,33" reaches a goal of 45,33. 0 once reached.
 */
export function pointsToReach(score: number, target: number): number {
  return Math.max(0, writtenDifference(score, target));
}

/**
 * Points from a score to a group's cut (a quartile of the year's scores). Whether the score is at the cut is the
 * groups' own rule, on the unrounded figures (db/schema.sql.ts, indicator_standing), so the text never contradicts
 * the group shown beside it; the points are the difference of the figures as written, at least 0,01 below the
 * cut (never "0,00 to go" for a province still under it). 0 at or above the cut.
 */
export function pointsToCut(score: number, cut: number): number {
  return score >= cut ? 0 : Math.max(0.01, writtenDifference(score, cut));
}
