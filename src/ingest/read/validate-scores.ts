// Score rows, long (one score per row) or wide (a column per indicator, the PAPI spreadsheets' way).

import { createIndicatorCodeMatcher } from './indicator-code.ts';
import type { ImportContext, RowCursor, ScoreRow } from './import-rows.ts';
import { optionalText, readScore, readYear } from './cell-checks.ts';
import { createProvinceMatcher } from './match-province.ts';

/** Reads one data row into zero or more scores (wide rows give one per non-empty indicator cell). */
export type ScoreRowReader = (cursor: RowCursor) => ScoreRow[];

const KNOWN_CODES_HINT = 'total, 1–8, 1.1–8.3';

/**
 * Reads the province column in the map of the row's year: up to 2024 the 63 old units, from 2025 the 34 new
 * ones (names with or without diacritics, our codes or statistics-office codes such as `68`). An old unit in
 * a year after the merger is refused, naming the unit it became ("Đắk Nông" in 2025 → Lâm Đồng); a new unit
 * before 2025 likewise. Without a readable year the name is read as before (old unit first).
 */
function createYearProvinceReader(
  context: ImportContext,
): (cursor: RowCursor, year: number | null) => string | null {
  const match = createProvinceMatcher(context.provinces);
  return (cursor, year) => {
    const text = cursor.text('province');
    if (text === '') {
      cursor.problem('province', 'missingValue');
      return null;
    }
    const found = match(text, year ?? undefined);
    if (found.ok) return found.code;
    const successor = found.outOfMap?.successor ?? null;
    if (successor !== null && year !== null) {
      // An old province named in a year after the 2025 merger: say what it became.
      cursor.problem('province', 'provinceMerged', { found: text, successor: successor.name_vi, year });
      return null;
    }
    const args: Record<string, string | number> = { found: text };
    if (found.suggestion !== null) args.suggestion = found.suggestion;
    cursor.problem('province', 'unknownProvince', args);
    return null;
  };
}

/** The row's own source, or `fileSource` (the file's stamp) when the column is absent or the cell empty. */
const readSource = (cursor: RowCursor, fileSource: string): string =>
  optionalText(cursor, 'source') ?? fileSource;

/** Long layout: province, year, indicator, score[, source, note]; a row without a source gets `fileSource`. */
export function createLongScoreReader(context: ImportContext, fileSource: string): ScoreRowReader {
  const readProvince = createYearProvinceReader(context);
  const matchCode = createIndicatorCodeMatcher(context.indicators.map((indicator) => indicator.code));
  const scales = new Map(context.indicators.map((indicator) => [indicator.code, indicator] as const));
  return (cursor) => {
    const year = readYear(cursor, 'year');
    const province = readProvince(cursor, year);
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
    const extra = { source: readSource(cursor, fileSource), note: optionalText(cursor, 'note') };
    return [{ province_code: province, year, indicator: scale.code, score, ...extra }];
  };
}

/** Wide layout: province, year and one column per indicator code; empty cells are scores not published. */
export function createWideScoreReader(
  context: ImportContext,
  indicatorColumns: readonly { readonly index: number; readonly code: string }[],
  fileSource: string,
): ScoreRowReader {
  const readProvince = createYearProvinceReader(context);
  const scales = new Map(context.indicators.map((indicator) => [indicator.code, indicator] as const));
  return (cursor) => {
    const year = readYear(cursor, 'year');
    const province = readProvince(cursor, year);
    const extra = { source: readSource(cursor, fileSource), note: optionalText(cursor, 'note') };
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
