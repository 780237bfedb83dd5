// Each dimension of an official workbook should equal the sum of its sub-dimensions, and the total the
// sum of the dimensions. A file that disagrees is imported all the same (the app computes dimensions and
// totals from the parts), with a warning at the cell: the user should know the file is inconsistent.

import type { ImportProblem, ProblemLocation } from '../read/import-problem.ts';
import { parseDecimal } from '../read/parse-values.ts';
import type { GridLine, ScoreGrid } from './score-grid.ts';

/** Differences up to this are rounding in the published file, not disagreement. */
export const SUM_TOLERANCE = 0.01;
const SHOWN_DECIMALS = 4;

const valueAt = (line: GridLine, index: number): number | null =>
  parseDecimal(line.values[index]?.text ?? '');

const sumOf = (values: readonly (number | null)[]): number | null =>
  values.length === 0 || values.some((value) => value === null)
    ? null
    : values.reduce<number>((sum, value) => sum + (value ?? 0), 0);

/** The value a dimension has for province `index`: its own row, else the sum of its sub-dimension rows. */
function dimensionValue(grid: ScoreGrid, code: string, index: number): number | null {
  const own = grid.lines.find((line) => line.level === 'dimension' && line.code === code);
  if (own !== undefined) return valueAt(own, index);
  return sumOf(subdimensionsOf(grid, code).map((line) => valueAt(line, index)));
}

const subdimensionsOf = (grid: ScoreGrid, dimension: string): GridLine[] =>
  grid.lines.filter((line) => line.level === 'subdimension' && line.code.split('.')[0] === dimension);

const dimensionCodes = (grid: ScoreGrid): string[] => [
  ...new Set(grid.lines.flatMap((line) => (line.level === 'total' ? [] : [line.code.split('.')[0] ?? '']))),
];

/** A warning per dimension or total cell that differs from the sum of its parts by more than SUM_TOLERANCE. */
export function checkSums(
  grid: ScoreGrid,
  provinces: readonly { readonly index: number; readonly name: string }[],
  at: ProblemLocation,
): ImportProblem[] {
  const warnings: ImportProblem[] = [];
  const compare = (line: GridLine, index: number, name: string, parts: number | null): void => {
    const given = valueAt(line, index);
    const value = line.values[index];
    if (given === null || parts === null || value === undefined) return;
    if (Math.abs(given - parts) <= SUM_TOLERANCE) return;
    const row = Number(/\d+$/.exec(value.cell)?.[0] ?? 0);
    warnings.push({
      ...at,
      row,
      column: value.cell.replace(/\d+$/, ''),
      cell: value.cell,
      key: 'sumMismatch',
      args: {
        indicator: line.label,
        found: value.text,
        expected: String(Number(parts.toFixed(SHOWN_DECIMALS))),
        province: name,
      },
    });
  };
  for (const line of grid.lines) {
    for (const { index, name } of provinces) {
      if (line.level === 'dimension') {
        compare(line, index, name, sumOf(subdimensionsOf(grid, line.code).map((sub) => valueAt(sub, index))));
      } else if (line.level === 'total') {
        compare(
          line,
          index,
          name,
          sumOf(dimensionCodes(grid).map((code) => dimensionValue(grid, code, index))),
        );
      }
    }
  }
  return warnings;
}
