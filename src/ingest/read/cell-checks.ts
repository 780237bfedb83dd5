// Cell checks shared by the kinds: required text, the province, the year, a score against its scale.

import type { ImportContext, IndicatorScale, RowCursor } from './import-rows.ts';
import { createProvinceMatcher } from './match-province.ts';
import { parseDecimal } from './parse-values.ts';

export const YEAR_RANGE = [2009, 2100] as const;

/** The year in `column`, or null after recording why not. */
export function readYear(cursor: RowCursor, column: 'year' | 'target_year'): number | null {
  const text = cursor.text(column);
  if (text === '') {
    cursor.problem(column, 'missingValue');
    return null;
  }
  const year = parseDecimal(text);
  if (year === null || !Number.isInteger(year) || year < YEAR_RANGE[0] || year > YEAR_RANGE[1]) {
    cursor.problem(column, 'yearOutOfRange', { found: text, expected: `${YEAR_RANGE[0]}–${YEAR_RANGE[1]}` });
    return null;
  }
  return year;
}

/** The score in `column` checked against the indicator's scale, or null after recording why not. */
export function readScore(cursor: RowCursor, column: 'score' | number, scale: IndicatorScale): number | null {
  const text = cursor.text(column);
  const score = parseDecimal(text);
  if (score === null) {
    cursor.problem(column, text === '' ? 'missingValue' : 'badNumber', { found: text });
    return null;
  }
  if (score < scale.min || score > scale.max) {
    cursor.problem(column, 'scoreOutOfScale', {
      found: text,
      expected: `${scale.min}–${scale.max}`,
      indicator: scale.code,
    });
    return null;
  }
  return score;
}

/** The text of an optional column, null when empty. */
export const optionalText = (cursor: RowCursor, column: Parameters<RowCursor['text']>[0]): string | null =>
  cursor.text(column) === '' ? null : cursor.text(column);

/** The text of a required column, or null after recording the empty cell. */
export function requiredText(cursor: RowCursor, column: 'task_id' | 'unit' | 'plan' | 'task'): string | null {
  const text = cursor.text(column);
  if (text === '') cursor.problem(column, 'missingValue');
  return text === '' ? null : text;
}

/** Reads the province column as a code, or null after recording an unknown province (with the nearest name). */
export function createProvinceReader(context: ImportContext): (cursor: RowCursor) => string | null {
  const match = createProvinceMatcher(context.provinces);
  return (cursor) => {
    const text = cursor.text('province');
    if (text === '') {
      cursor.problem('province', 'missingValue');
      return null;
    }
    const found = match(text);
    if (found.ok) return found.code;
    const args: Record<string, string> = { found: text };
    if (found.suggestion !== null) args.suggestion = found.suggestion;
    cursor.problem('province', 'unknownProvince', args);
    return null;
  };
}
