// The data a selection resolves against (state/resolve-selection.ts), out of the year options of the unit's codes:
// the shell's as it renders (use-shown-selection.ts), and a choice's before it renders (use-ask-ahead.ts).

import type { MapProvince } from '../domain/province-lineage.ts';
import { scoredYearsOf, type YearOption } from '../queries/scored-years.ts';
import type { SelectionData } from '../state/resolve-selection.ts';

/** The unit's other code and its year options (undefined while loading); null for a unit with one code. */
export type SameUnitOptions = { code: string; options: readonly YearOption[] | undefined } | null;

const scoredYearsIn = (options: readonly YearOption[] | undefined): number[] | undefined =>
  options === undefined ? undefined : scoredYearsOf(options);

/** The provinces and the years the unit has a total in under each of its codes (undefined while loading). */
export function unitSelectionData(
  provinces: readonly MapProvince[] | undefined,
  own: readonly YearOption[] | undefined,
  sameUnit: SameUnitOptions,
): SelectionData {
  return {
    provinces,
    scoredYears: scoredYearsIn(own),
    sameUnit:
      sameUnit === null ? null : { code: sameUnit.code, scoredYears: scoredYearsIn(sameUnit.options) },
  };
}
