// The survey indicator rows of a 2018+ sheet (scale `0%-100%`) → values 0-1 per scored province, for
// their own table. Published cells hold a fraction formatted as a percent ("45%" once read) or, in
// some files, the percent itself (45): a row is on the 0-100 scale when any of its cells says so.

import type { SurveyIndicatorRow } from '../read/import-rows.ts';
import { parseDecimal } from '../read/parse-values.ts';
import type { GridValue, ScoreGrid, SurveyLine } from './score-grid.ts';

const PERCENT_MAX = 100;

const numberOf = (value: GridValue | undefined): number | null => {
  const text = (value?.text ?? '').trim().replace(/%$/, '').trim();
  return text === '' ? null : parseDecimal(text);
};

/** Whether the line's cells are written as percents (45% or 45) rather than fractions (0.45). */
const isPercentLine = (line: SurveyLine): boolean =>
  line.values.some((value) => value.text.trim().endsWith('%') || (numberOf(value) ?? 0) > 1);

/** The survey values of the provinces in `columns` (grid index → app province code); blanks and values outside 0-1 left out. */
export function readSurveyRows(
  grid: ScoreGrid,
  columns: readonly { readonly index: number; readonly code: string }[],
  options: { readonly year: number; readonly source: string },
): SurveyIndicatorRow[] {
  return grid.surveyLines.flatMap((line) => {
    const divisor = isPercentLine(line) ? PERCENT_MAX : 1;
    return columns.flatMap(({ index, code }): SurveyIndicatorRow[] => {
      const found = numberOf(line.values[index]);
      if (found === null) return [];
      const value = Number((found / divisor).toPrecision(15));
      if (value < 0 || value > 1) return [];
      return [
        {
          province_code: code,
          year: options.year,
          subdimension: line.subdimension,
          label_vi: line.labelVi,
          label_en: line.labelEn,
          value,
          source: options.source,
        },
      ];
    });
  });
}
