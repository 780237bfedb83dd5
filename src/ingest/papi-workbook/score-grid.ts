// What both official layouts are read into before validation: provinces (columns in the 2018+ workbook,
// rows in the 2011-2017 one), score lines by indicator code, and one value cell per province and line.

import type { ImportProblem } from '../read/import-problem.ts';
import { parseDecimal } from '../read/parse-values.ts';

/** The indicator levels an official workbook gives scores for (survey indicators are kept apart: SurveyLine). */
export type GridLevel = 'total' | 'dimension' | 'subdimension';

/** A province as the sheet writes it: its name, the statistics-office code if given, where the name is. */
export interface GridProvince {
  readonly name: string;
  readonly code: string;
  readonly cell: string;
}

/** One cell's text and address. */
export interface GridValue {
  readonly text: string;
  readonly cell: string;
}

/** One indicator's scores: `values[i]` belongs to `provinces[i]`. */
export interface GridLine {
  readonly code: string;
  readonly level: GridLevel;
  /** The label as written, and the cell it is in. */
  readonly label: string;
  readonly cell: string;
  readonly values: readonly GridValue[];
}

/** One survey indicator row (scale 0%-100%) under a sub-dimension: `values[i]` belongs to `provinces[i]`. */
export interface SurveyLine {
  readonly subdimension: string;
  /** Labels as written (column B, column A); null where the sheet leaves one out. */
  readonly labelVi: string | null;
  readonly labelEn: string | null;
  readonly values: readonly GridValue[];
}

export interface ScoreGrid {
  readonly provinces: readonly GridProvince[];
  readonly lines: readonly GridLine[];
  /** The survey indicator rows, kept in their own table (never as scores); none in the 2011-2017 layout. */
  readonly surveyLines: readonly SurveyLine[];
  /** Rows that are neither scores nor survey indicators under a sub-dimension: left out, counted for the outcome. */
  readonly skippedRows: number;
  /** Rows that look like scores but name no known indicator (located, never a refusal). */
  readonly warnings: readonly ImportProblem[];
}

// How a sheet says "no score": a blank, or 0 (the 2024 file's Vĩnh Phúc and Tiền Giang); no real score is 0,
// since every scale starts above it.
const MISSING_WORDS = new Set(['', '-', '–', 'n/a', 'na']);

/** Whether a cell holds no score: blank, a dash, or 0 in any spelling ("0", "0,00"). */
export const isMissingValue = (text: string): boolean =>
  MISSING_WORDS.has(text.trim().toLowerCase()) || parseDecimal(text) === 0;
