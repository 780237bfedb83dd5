// A 2011-2017 summary sheet (`<YYYY>PAPI- Bảng tổng hợp kết quả`): one province per row under `Tên tỉnh`,
// dimension columns `1: Tham gia của người dân ở cấp cơ sở` … and sub-dimension columns `1.1: …`, with
// stray spaces in the headers. No year column: the year comes from the file or sheet name.

import { foldDiacritics, foldKey } from '../../domain/fold-text.ts';
import { cellAddress } from './cell-address.ts';
import { isNationalFigure } from './find-province-header.ts';
import type { GridLevel, GridLine, GridProvince, ScoreGrid } from './score-grid.ts';

const HEADER_SEARCH_ROWS = 30;
const PROVINCE_HEADERS = new Set([
  'tentinh',
  'tinh',
  'tinhthanhpho',
  'tinhthanh',
  'province',
  'provincename',
]);
// "1: Tham gia…", " 1.1 : Tri thức…"
const INDICATOR_HEADER = /^(\d)\s*(?:[.,]\s*(\d))?\s*:/;
const TOTAL_HEADER = /papi|tong diem|tong hop/;
const WEIGHTED = /trong so|weighted/;
const UNWEIGHTED = /khong (?:co )?trong so|unweighted/;

interface SummaryColumn {
  readonly index: number;
  readonly code: string;
  readonly level: GridLevel;
  readonly label: string;
}

/** The code a column header stands for, else null. */
function columnOfHeader(header: string, index: number): SummaryColumn | null {
  const label = header.trim().replace(/\s+/g, ' ');
  const numbered = INDICATOR_HEADER.exec(label);
  if (numbered?.[1] !== undefined) {
    const sub = numbered[2];
    return sub === undefined
      ? { index, code: numbered[1], level: 'dimension', label }
      : { index, code: `${numbered[1]}.${sub}`, level: 'subdimension', label };
  }
  const folded = foldDiacritics(label);
  const weighted = WEIGHTED.test(folded) && !UNWEIGHTED.test(folded);
  return TOTAL_HEADER.test(folded) && !weighted ? { index, code: 'total', level: 'total', label } : null;
}

/** The header row, its province column and its indicator columns; null when the sheet is not this layout. */
function findSummaryHeader(rows: readonly (readonly string[])[]) {
  for (const [rowIndex, row] of rows.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const provinceColumn = row.findIndex((cell) => PROVINCE_HEADERS.has(foldKey(cell)));
    if (provinceColumn === -1) continue;
    const columns = row.flatMap((cell, index) => columnOfHeader(cell, index) ?? []);
    const dimensions = columns.filter((column) => column.level === 'dimension');
    if (dimensions.length === 0) continue;
    // The first column of a code wins: a repeated header is not read twice.
    const unique = columns.filter(
      (column, at) => columns.findIndex((other) => other.code === column.code) === at,
    );
    return { rowIndex, provinceColumn, columns: unique };
  }
  return null;
}

/** Reads the sheet's scores, or null when it has no `Tên tỉnh` header with dimension columns. */
export function readSummarySheet(rows: readonly (readonly string[])[]): ScoreGrid | null {
  const header = findSummaryHeader(rows);
  if (header === null) return null;
  const provinceRows: { rowIndex: number; province: GridProvince }[] = [];
  for (let rowIndex = header.rowIndex + 1; rowIndex < rows.length; rowIndex += 1) {
    const name = (rows[rowIndex]?.[header.provinceColumn] ?? '').trim();
    if (name === '' || isNationalFigure(name)) continue;
    provinceRows.push({
      rowIndex,
      province: { name, code: '', cell: cellAddress(rowIndex, header.provinceColumn) },
    });
  }
  const lines: GridLine[] = header.columns.map((column) => ({
    code: column.code,
    level: column.level,
    label: column.label,
    cell: cellAddress(header.rowIndex, column.index),
    values: provinceRows.map(({ rowIndex }) => ({
      text: (rows[rowIndex]?.[column.index] ?? '').trim(),
      cell: cellAddress(rowIndex, column.index),
    })),
  }));
  return {
    provinces: provinceRows.map((row) => row.province),
    lines,
    surveyLines: [],
    skippedRows: 0,
    warnings: [],
  };
}
