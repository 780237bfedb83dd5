// Score rows, long (one score per row) or wide (a column per indicator, the PAPI spreadsheets' way).

import { createIndicatorCodeMatcher } from './indicator-code';
import type { ImportContext, RowCursor, ScoreRow } from './import-rows';
import { createProvinceReader, optionalText, readScore, readYear } from './cell-checks';

/** Reads one data row into zero or more scores (wide rows give one per non-empty indicator cell). */
export type ScoreRowReader = (cursor: RowCursor) => ScoreRow[];

const KNOWN_CODES_HINT = 'total, 1–8, 1.1–8.3';

/** Long layout: province, year, indicator, score[, source, note]. */
export function createLongScoreReader(context: ImportContext): ScoreRowReader {
  const readProvince = createProvinceReader(context);
  const matchCode = createIndicatorCodeMatcher(context.indicators.map((indicator) => indicator.code));
  const scales = new Map(context.indicators.map((indicator) => [indicator.code, indicator] as const));
  return (cursor) => {
    const province = readProvince(cursor);
    const year = readYear(cursor, 'year');
    const text = cursor.text('indicator');
    const code = matchCode(text);
    const scale = code === null ? undefined : scales.get(code);
    if (scale === undefined) {
      cursor.problem('indicator', text === '' ? 'missingValue' : 'unknownIndicator', {
        found: text,
        expected: KNOWN_CODES_HINT,
      });
    }
    const score = scale === undefined ? null : readScore(cursor, 'score', scale);
    if (province === null || year === null || scale === undefined || score === null) return [];
    const extra = { source: optionalText(cursor, 'source'), note: optionalText(cursor, 'note') };
    return [{ province_code: province, year, indicator: scale.code, score, ...extra }];
  };
}

/** Wide layout: province, year and one column per indicator code; empty cells are scores not published. */
export function createWideScoreReader(
  context: ImportContext,
  indicatorColumns: readonly { readonly index: number; readonly code: string }[],
): ScoreRowReader {
  const readProvince = createProvinceReader(context);
  const scales = new Map(context.indicators.map((indicator) => [indicator.code, indicator] as const));
  return (cursor) => {
    const province = readProvince(cursor);
    const year = readYear(cursor, 'year');
    const extra = { source: optionalText(cursor, 'source'), note: optionalText(cursor, 'note') };
    const scores: ScoreRow[] = [];
    for (const { index, code } of indicatorColumns) {
      const scale = scales.get(code);
      if (scale === undefined || cursor.text(index) === '') continue;
      const score = readScore(cursor, index, scale);
      if (province !== null && year !== null && score !== null) {
        scores.push({ province_code: province, year, indicator: code, score, ...extra });
      }
    }
    return scores;
  };
}
