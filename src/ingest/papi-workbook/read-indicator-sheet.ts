// A 2018+ sheet (one indicator per row, one province per column) → its score grid. Rows above the
// province header are metadata; below it, each row is classified by its labels (row-label.ts). Survey
// indicator rows (0%-100%) are kept apart, under the sub-dimension row above them.

import type { ImportProblem, ProblemLocation } from '../read/import-problem.ts';
import type { IndicatorScale } from '../read/import-rows.ts';
import { cellAddress } from './cell-address.ts';
import { findProvinceHeader, type ProvinceHeader } from './find-province-header.ts';
import { classifyRowLabel } from './row-label.ts';
import { isMissingValue, type GridLine, type ScoreGrid, type SurveyLine } from './score-grid.ts';
import { createSubdimensionNameMatcher } from './subdimension-names.ts';

const LEVEL_OF_KIND = { total: 'total', dimension: 'dimension', subdimension: 'subdimension' } as const;

/** Reads the sheet's unweighted scores, or null when it has no province header (another layout). */
export function readIndicatorSheet(
  rows: readonly (readonly string[])[],
  indicators: readonly IndicatorScale[],
  at: ProblemLocation,
): ScoreGrid | null {
  const header = findProvinceHeader(rows);
  if (header === null) return null;
  const nameCode = createSubdimensionNameMatcher(indicators);
  const lines: GridLine[] = [];
  const surveyLines: SurveyLine[] = [];
  const warnings: ImportProblem[] = [];
  const seen = new Set<string>();
  let skippedRows = 0;
  let inWeightedBlock = false;
  let dimension: string | null = null;
  let subdimension: string | null = null;
  const firstRow = Math.max(header.namesRow, header.codesRow ?? 0) + 1;
  for (let rowIndex = firstRow; rowIndex < rows.length; rowIndex += 1) {
    const row = rows[rowIndex] ?? [];
    const [english = '', vietnamese = '', scale = ''] = row;
    const label = classifyRowLabel(english, vietnamese, scale, () =>
      nameCode([english, vietnamese], dimension),
    );
    const hasValues = header.columns.some(({ index }) => !isMissingValue(row[index] ?? ''));
    // Everything under a weighted total is weighted until an unweighted row says otherwise.
    if (label.kind === 'weighted') inWeightedBlock = true;
    if (label.kind === 'total' || label.kind === 'unweighted') inWeightedBlock = false;
    if (label.kind === 'dimension') dimension = label.code;
    // A survey row belongs to the sub-dimension row above it; a dimension, total or weighted row ends that.
    if (label.kind === 'subdimension') subdimension = label.code;
    if (['dimension', 'total', 'weighted', 'unweighted'].includes(label.kind)) subdimension = null;
    if (inWeightedBlock || label.kind === 'statistic' || label.kind === 'weighted') continue;
    if (label.kind === 'survey' && subdimension !== null && hasValues) {
      surveyLines.push({
        subdimension,
        labelVi: cleanLabel(vietnamese),
        labelEn: cleanLabel(english),
        values: valuesOf(row, rowIndex, header),
      });
      continue;
    }
    if (label.kind !== 'total' && label.kind !== 'dimension' && label.kind !== 'subdimension') {
      if (hasValues && label.kind !== 'unweighted') skippedRows += 1;
      continue;
    }
    const code = label.kind === 'total' ? 'total' : label.code;
    const labelText = (vietnamese.trim() || english.trim()).replace(/\s+/g, ' ');
    const labelCell = cellAddress(rowIndex, vietnamese.trim() === '' ? 0 : 1);
    if (code === null) {
      if (hasValues) warnings.push(unrecognisedRow(at, rowIndex, labelCell, labelText));
      continue;
    }
    // The first row of a code is the score; a repeat further down (another block) is not read twice.
    if (seen.has(code)) continue;
    seen.add(code);
    lines.push({
      code,
      level: LEVEL_OF_KIND[label.kind],
      label: labelText,
      cell: labelCell,
      values: valuesOf(row, rowIndex, header),
    });
  }
  return {
    provinces: header.columns.map((column) => column.province),
    lines,
    surveyLines,
    skippedRows,
    warnings,
  };
}

const cleanLabel = (text: string): string | null => {
  const label = text.trim().replace(/\s+/g, ' ');
  return label === '' ? null : label;
};

const unrecognisedRow = (
  at: ProblemLocation,
  rowIndex: number,
  cell: string,
  found: string,
): ImportProblem => ({
  ...at,
  row: rowIndex + 1,
  column: null,
  cell,
  key: 'unrecognisedScoreRow',
  args: { found },
});

const valuesOf = (row: readonly string[], rowIndex: number, header: ProvinceHeader) =>
  header.columns.map(({ index }) => ({
    text: (row[index] ?? '').trim(),
    cell: cellAddress(rowIndex, index),
  }));
