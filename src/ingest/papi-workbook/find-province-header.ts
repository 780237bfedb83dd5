// The 2018+ workbook's province header: a row `Mã tỉnh` (statistics-office codes) and a row
// `Tỉnh/Thành phố trực thuộc trung ương` (names), labelled in columns A-C, provinces from column D.
// Metadata rows may sit above them (the 2024 file relates the 63 old provinces to the 34 new ones),
// and blank columns separate groups of provinces.

import { foldDiacritics, foldKey } from '../../domain/fold-text.ts';
import { cellAddress } from './cell-address.ts';
import type { GridProvince } from './score-grid.ts';

/** Columns A-C hold the English label, the Vietnamese label and the scale. */
export const FIRST_PROVINCE_COLUMN = 3;
/** How far down the header is looked for. */
const HEADER_SEARCH_ROWS = 40;

const NAMES_LABELS = new Set([
  'tinhthanhphotructhuoctrunguong',
  'tinhthanhpho',
  'tinhtp',
  'tinhthanh',
  'tentinh',
  'province',
  'provinces',
]);
const CODES_LABELS = new Set(['matinh', 'provincecode', 'provincecodes']);
// National figures next to the provinces: not a province, never read as one.
const NATIONAL_FIGURE = /ca nuoc|toan quoc|national|trung binh|trung vi|average|mean|median|^min|^max/;

/** Whether a column or row header names a national figure (mean, median…) rather than a province. */
export const isNationalFigure = (name: string): boolean => NATIONAL_FIGURE.test(foldDiacritics(name));

export interface ProvinceHeader {
  /** The 0-based row of the names, and of the codes (null when the sheet has no code row). */
  readonly namesRow: number;
  readonly codesRow: number | null;
  /** One per province column: its 0-based index, and the province as written. */
  readonly columns: readonly { readonly index: number; readonly province: GridProvince }[];
}

const labelIn = (row: readonly string[], labels: ReadonlySet<string>): boolean =>
  row.slice(0, FIRST_PROVINCE_COLUMN).some((cell) => labels.has(foldKey(cell)));

/** The last row labelled with one of `labels` among the first rows (metadata rows come above the header). */
function lastLabelledRow(rows: readonly (readonly string[])[], labels: ReadonlySet<string>): number | null {
  let found: number | null = null;
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((row, index) => {
    if (labelIn(row, labels)) found = index;
  });
  return found;
}

/** The province header, or null when the sheet has none (not this layout). */
export function findProvinceHeader(rows: readonly (readonly string[])[]): ProvinceHeader | null {
  const namesRow = lastLabelledRow(rows, NAMES_LABELS);
  if (namesRow === null) return null;
  const codesRow = lastLabelledRow(rows, CODES_LABELS);
  const names = rows[namesRow] ?? [];
  const codes = codesRow === null ? [] : (rows[codesRow] ?? []);
  const width = Math.max(names.length, codes.length);
  const columns: { index: number; province: GridProvince }[] = [];
  for (let index = FIRST_PROVINCE_COLUMN; index < width; index += 1) {
    const name = (names[index] ?? '').trim();
    const code = (codes[index] ?? '').trim();
    if ((name === '' && code === '') || isNationalFigure(name)) continue;
    const cell = cellAddress(name === '' && codesRow !== null ? codesRow : namesRow, index);
    columns.push({ index, province: { name, code, cell } });
  }
  return columns.length === 0 ? null : { namesRow, codesRow, columns };
}
