// One value cell of an official workbook seen as a long-format row (province, year, indicator, score,
// source), so the long CSV's reader checks it with the same rules: province in its year's map (old units
// up to 2024, the 34 new ones after), indicator known, score on its scale. Problems point at cells.

import type { CanonicalColumn } from '../read/header-aliases.ts';
import type { ImportProblem, ProblemLocation } from '../read/import-problem.ts';
import type { RowCursor } from '../read/import-rows.ts';

/** The cells one score is read from. */
export interface GridCell {
  readonly province: { readonly text: string; readonly cell: string; readonly name: string };
  readonly year: number;
  readonly code: string;
  readonly labelCell: string;
  readonly value: { readonly text: string; readonly cell: string };
  readonly source: string;
}

const rowOfCell = (cell: string): number | null => {
  const digits = /\d+$/.exec(cell);
  return digits === null ? null : Number(digits[0]);
};

/** A cursor over one value cell, appending its problems (located at the cell they concern) to `problems`. */
export function createGridCursor(at: ProblemLocation, value: GridCell, problems: ImportProblem[]): RowCursor {
  const texts: Partial<Record<CanonicalColumn, string>> = {
    province: value.province.text,
    year: String(value.year),
    indicator: value.code,
    score: value.value.text,
    source: value.source,
  };
  // The year is read from a name, not a cell: its problems have no cell.
  const cells: Partial<Record<CanonicalColumn, string>> = {
    province: value.province.cell,
    indicator: value.labelCell,
    score: value.value.cell,
  };
  return {
    rowNumber: rowOfCell(value.value.cell) ?? 0,
    text: (column) => (typeof column === 'number' ? '' : (texts[column] ?? '')),
    problem: (column, key, args = {}) => {
      const cell = typeof column === 'number' ? undefined : cells[column];
      const located = cell === undefined ? {} : { cell };
      const row = cell === undefined ? null : rowOfCell(cell);
      const columnLetters = cell === undefined ? null : cell.replace(/\d+$/, '');
      problems.push({
        ...at,
        row,
        column: columnLetters,
        ...located,
        key,
        // A score cell names its province; a problem with the province or the label is the same in every column.
        args: column === 'score' ? { ...args, province: value.province.name } : args,
      });
    },
  };
}
