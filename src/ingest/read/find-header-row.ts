// Offices put a title, a date and blank lines above the header row; the header is the row whose
// cells name the most known columns.

import { columnOfHeader } from './header-aliases.ts';

/** How far down a header row is looked for. */
export const HEADER_SEARCH_ROWS = 30;

/** Number of distinct canonical columns the row's cells name. */
export function countHeaderMatches(row: readonly string[]): number {
  const columns = new Set(row.map(columnOfHeader).filter((column) => column !== null));
  return columns.size;
}

const isEmptyRow = (row: readonly string[]): boolean => row.every((cell) => cell.trim() === '');

/** Index of the first row with the most header matches in the first rows; else the first non-empty row; -1 if all are empty. */
export function findHeaderRow(rows: readonly (readonly string[])[]): number {
  let bestIndex = -1;
  let bestMatches = 0;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    const matches = countHeaderMatches(row);
    if (matches > bestMatches) {
      bestIndex = index;
      bestMatches = matches;
    }
  });
  return bestIndex !== -1 ? bestIndex : rows.findIndex((row) => !isEmptyRow(row));
}

/** Drops trailing empty rows, then the columns that are empty in every remaining row. */
export function trimTable(rows: readonly (readonly string[])[]): string[][] {
  let end = rows.length;
  while (end > 0 && isEmptyRow(rows[end - 1] ?? [])) end -= 1;
  const kept = rows.slice(0, end);
  const width = kept.reduce((max, row) => {
    let last = row.length;
    while (last > 0 && (row[last - 1] ?? '').trim() === '') last -= 1;
    return Math.max(max, last);
  }, 0);
  return kept.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? ''));
}
