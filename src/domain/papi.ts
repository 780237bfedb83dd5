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

/**
 * How far a score is from a score it should reach, as a reader sees the two: both at the published precision,
 * so a score written "5,12" reaches a target written "5,12" (never "0,00 points to go"). 0 once reached.
 */
export function pointsToReach(score: number, target: number): number {
  return Math.max(0, roundAsPublished(roundAsPublished(target) - roundAsPublished(score)));
}
