// How a new province's predecessors are drawn in the trend charts: each its own line in its own Okabe-Ito
// colour and marker (never the province's blue), labelled at its end, below the province's own line.
import { OKABE_ITO } from '../palette.ts';

/** One predecessor's line: its code and its label ("Đắk Nông (cũ)"), made by the caller in the UI language. */
export interface PredecessorLine {
  code: string;
  name: string;
}

const COLORS = [
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
] as const;
const SYMBOLS = ['triangle', 'diamond', 'rect', 'pin'] as const;

/** The colour and marker of the predecessor at `index` (the three of Lâm Đồng never share one). */
export function predecessorStyle(index: number): { color: string; symbol: string } {
  return {
    color: COLORS[index % COLORS.length] ?? OKABE_ITO.orange,
    symbol: SYMBOLS[index % SYMBOLS.length] ?? 'triangle',
  };
}

/** Predecessors are drawn only before the province's own first scored year (all years while it has none). */
export const isBeforeOwnScores = (year: number, ownFirstYear: number | null): boolean =>
  ownFirstYear === null || year < ownFirstYear;
