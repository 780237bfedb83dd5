// A score grid → the app's score rows, through the long CSV's reader (grid-cursor.ts). Which rows are
// stored follows the app's rule (src/db/schema.sql.ts): sub-dimensions are the scores, dimensions and the
// total are computed from them, so a dimension row is stored only where the sheet has none of its
// sub-dimensions, and the total only where it has no dimension. A province whose cells are all blank or 0
// was not scored that year: listed, never a 0 score, never a refusal.

import type { ImportProblem, ProblemLocation } from '../read/import-problem.ts';
import type { ImportContext, ScoreRow, SurveyIndicatorRow } from '../read/import-rows.ts';
import { createProvinceMatcher } from '../read/match-province.ts';
import { createLongScoreReader } from '../read/validate-scores.ts';
import { checkSums } from './check-sums.ts';
import { createGridCursor } from './grid-cursor.ts';
import { isMissingValue, type GridLine, type GridProvince, type ScoreGrid } from './score-grid.ts';
import { readSurveyRows } from './survey-rows.ts';

export interface GridScores {
  readonly rows: readonly ScoreRow[];
  /** Survey indicator values of the scored provinces (their own table, never scores). */
  readonly survey: readonly SurveyIndicatorRow[];
  /** Refusals: the import does not apply while there is one. */
  readonly problems: readonly ImportProblem[];
  /** Located, never a refusal. */
  readonly warnings: readonly ImportProblem[];
  /** Provinces with no score in the file, by name. */
  readonly unscored: readonly string[];
}

/** The lines stored as scores (the others are only checked against them). */
function storedLines(grid: ScoreGrid): GridLine[] {
  const subDimensions = new Set(
    grid.lines.flatMap((line) => (line.level === 'subdimension' ? [line.code.split('.')[0]] : [])),
  );
  const hasDimensions = grid.lines.some((line) => line.level !== 'total');
  return grid.lines.filter(
    (line) =>
      line.level === 'subdimension' ||
      (line.level === 'dimension' && !subDimensions.has(line.code)) ||
      (line.level === 'total' && !hasDimensions),
  );
}

/** Reads every value cell of the grid for `year`; `source` is recorded on each row. */
export function readGridScores(
  grid: ScoreGrid,
  options: { readonly at: ProblemLocation; readonly year: number; readonly source: string },
  context: ImportContext,
): GridScores {
  const { at, year, source } = options;
  const match = createProvinceMatcher(context.provinces);
  const nameOfCode = new Map(context.provinces.map((province) => [province.code, province.name_vi] as const));
  const readScore = createLongScoreReader(context, source);
  const lines = storedLines(grid);
  const problems: ImportProblem[] = [];
  const rows: ScoreRow[] = [];
  const unscored: string[] = [];
  const scored: { index: number; name: string }[] = [];
  const surveyColumns: { index: number; code: string }[] = [];
  const firstCellOf = new Map<string, string>();
  grid.provinces.forEach((province, index) => {
    const resolved = resolveProvince(province, year, match);
    const name =
      resolved.code === null
        ? province.name || province.code
        : (nameOfCode.get(resolved.code) ?? province.name);
    if (grid.lines.every((line) => isMissingValue(line.values[index]?.text ?? ''))) {
      unscored.push(name);
      return;
    }
    if (resolved.code !== null) {
      const first = firstCellOf.get(resolved.code);
      if (first !== undefined) {
        problems.push({
          ...at,
          row: null,
          column: null,
          cell: province.cell,
          key: 'duplicateProvince',
          args: { found: name, expected: first },
        });
        return;
      }
      firstCellOf.set(resolved.code, province.cell);
      surveyColumns.push({ index, code: resolved.code });
    }
    scored.push({ index, name });
    for (const line of lines) {
      const value = line.values[index];
      if (value === undefined || isMissingValue(value.text)) continue;
      const cell = {
        province: { text: resolved.text, cell: province.cell, name },
        year,
        code: line.code,
        labelCell: line.cell,
        value,
        source,
      };
      rows.push(...readScore(createGridCursor(at, cell, problems)));
    }
  });
  return {
    rows,
    survey: readSurveyRows(grid, surveyColumns, { year, source }),
    problems: uniqueProblems(problems),
    warnings: [...grid.warnings, ...checkSums(grid, scored, at)],
    unscored,
  };
}

/** The province's text to read (its name, else its code when only the code is known) and the code it names. */
function resolveProvince(
  province: GridProvince,
  year: number,
  match: ReturnType<typeof createProvinceMatcher>,
): { text: string; code: string | null } {
  const byName = province.name === '' ? null : match(province.name, year);
  if (byName?.ok === true) return { text: province.name, code: byName.code };
  const byCode = province.code === '' ? null : match(province.code, year);
  if (byCode?.ok === true) return { text: province.code, code: byCode.code };
  return { text: province.name === '' ? province.code : province.name, code: null };
}

// An unknown province is found once per cell of its column: said once.
function uniqueProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = JSON.stringify([problem.cell, problem.key, problem.args]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
