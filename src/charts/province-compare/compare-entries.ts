// The entries of a side-by-side comparison: one per province drawn (a new unit's predecessors are entries of
// their own), each with its label and its colour, in the order chosen.
import { formatConjunction } from '../../i18n/list-format.ts';
import { OKABE_ITO } from '../palette.ts';

export interface CompareEntry {
  /** The province whose scores the entry draws. */
  code: string;
  /** Its name in the UI language; a predecessor standing in for a new unit is labelled "… (cũ)". */
  label: string;
}

// Okabe-Ito without yellow (too light on white): seven colours told apart with the common colour blindnesses.
const ENTRY_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.black,
] as const;

/** The colour of the entry at `index` (cycling past seven entries). */
export const entryColour = (index: number): string =>
  ENTRY_COLOURS[index % ENTRY_COLOURS.length] ?? OKABE_ITO.blue;

/** Entry labels joined for a title: "Đắk Nông, Lâm Đồng và Gia Lai". */
export function joinEntryLabels(entries: readonly CompareEntry[], locale: string): string {
  return formatConjunction(
    locale,
    entries.map((entry) => entry.label),
  );
}
