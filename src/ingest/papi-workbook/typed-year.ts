// The year a user types for an official workbook whose sheet and file names hold none: one rule for the
// Data view's field and for the reader, from PAPI's first survey year to next year's (results of a survey
// year are published the spring after).

/** PAPI's first survey year. */
export const FIRST_TYPED_YEAR = 2009;

/** The years a user may type: FIRST_TYPED_YEAR to the current year + 1. */
export const typedYearBounds = (now: Date = new Date()): readonly [number, number] => [
  FIRST_TYPED_YEAR,
  now.getFullYear() + 1,
];

/** Whether `year` is a whole year within typedYearBounds. */
export function isTypedYearValid(year: number, now: Date = new Date()): boolean {
  const [first, last] = typedYearBounds(now);
  return Number.isInteger(year) && year >= first && year <= last;
}
