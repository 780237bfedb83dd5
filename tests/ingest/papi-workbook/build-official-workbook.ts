// Builds official PAPI workbooks with SheetJS, following the layouts papi.org.vn publishes (ISSUE-20.md):
// 2018 onward one indicator per row (A English label, B Vietnamese label, C scale, provinces from D under
// the rows `Mã tỉnh` and `Tỉnh/Thành phố trực thuộc trung ương`), 2011-2017 one province per row.
// EVERY SCORE HERE IS SYNTHETIC: values follow an obvious pattern (1.0pq…) and are not PAPI results.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';

export type Cell = string | number | null;

interface IndicatorRow {
  code: string;
  parent: string;
  level: string;
  name_vi: string;
  name_en: string;
  first_year: string;
  last_year: string;
}

const INDICATORS = Papa.parse<IndicatorRow>(
  readFileSync(fileURLToPath(new URL('../../../data/indicators.csv', import.meta.url)), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

/** The sub-dimensions of `dimension` scored in `year` (indicators.csv: 5.2 until 2020, 8.3 from 2019). */
export function subdimensionsOf(dimension: string, year: number) {
  return INDICATORS.filter(
    (row) =>
      row.parent === dimension &&
      Number(row.first_year) <= year &&
      (row.last_year === '' || Number(row.last_year) >= year),
  );
}

export const dimensionsOf = (year: number) =>
  INDICATORS.filter(
    (row) =>
      row.level === 'dimension' && Number(row.first_year) <= year && (year >= 2018 || Number(row.code) <= 6),
  );

/** A province column: the name as written (trailing spaces, `TP.`, no diacritics), its code, and whether it has scores. */
export interface ProvinceColumn {
  readonly name: string;
  readonly code: string;
  /** 'zero': every cell 0 (the 2024 file's Vĩnh Phúc); 'blank': every cell empty. */
  readonly missing?: 'zero' | 'blank';
}

/** Synthetic sub-dimension score: 1 + province position / 100 + sub-dimension position / 1000 (e.g. 1.023). */
export const syntheticScore = (provinceIndex: number, subIndex: number): number =>
  Number((1 + (provinceIndex + 1) / 100 + (subIndex + 1) / 1000).toFixed(3));

export interface IndicatorSheetOptions {
  readonly year: number;
  /** Province columns in order; null is a blank column between groups. */
  readonly provinces: readonly (ProvinceColumn | null)[];
  readonly labels?: 'both' | 'english' | 'vietnamese';
  /** Four rows above the header relating old and new provinces (the 2024 file). */
  readonly metadataRows?: boolean;
  /** Adds this to one dimension's cell: { dimension: '3', provinceIndex: 0, by: 0.5 }. */
  readonly offset?: { readonly dimension: string; readonly provinceIndex: number; readonly by: number };
  /** The survey indicator cell (scale 0%-100%) under each sub-dimension; default 0.5 everywhere. */
  readonly surveyValue?: (provinceIndex: number, subCode: string) => Cell;
}

/** The expected stored rows of a sheet: [province name as written, indicator, score] for scored provinces. */
export interface SheetExpectation {
  readonly rows: [string, string, number][];
  readonly surveyRows: number;
}

const scaleOf = (subCount: number) => (subCount === 3 ? '0.33-3.33 điểm/points' : '0.25-2.5 điểm/points');

/** A 2018+ sheet's rows, and what a reader should store from it. */
export function indicatorSheet(options: IndicatorSheetOptions): {
  rows: Cell[][];
  expected: SheetExpectation;
} {
  const { year, provinces } = options;
  const labels = options.labels ?? 'both';
  const label = (english: string, vietnamese: string): [Cell, Cell] => [
    labels === 'vietnamese' ? null : english,
    labels === 'english' ? null : vietnamese,
  ];
  const perProvince = (value: (index: number, column: ProvinceColumn) => Cell): Cell[] => {
    let index = -1;
    return provinces.map((column) => {
      if (column === null) return null;
      index += 1;
      if (column.missing === 'zero') return 0;
      if (column.missing === 'blank') return null;
      return value(index, column);
    });
  };
  const dims = dimensionsOf(year).map((dim) => ({ dim, subs: subdimensionsOf(dim.code, year) }));
  const subValue = (provinceIndex: number, code: string) => {
    const flat = dims.flatMap(({ subs }) => subs.map((sub) => sub.code));
    return syntheticScore(provinceIndex, flat.indexOf(code));
  };
  const dimValue = (provinceIndex: number, dimension: string) => {
    const entry = dims.find(({ dim }) => dim.code === dimension);
    const sum = (entry?.subs ?? []).reduce((total, sub) => total + subValue(provinceIndex, sub.code), 0);
    const offset = options.offset;
    const extra = offset?.dimension === dimension && offset.provinceIndex === provinceIndex ? offset.by : 0;
    return Number((sum + extra).toFixed(6));
  };
  const totalValue = (provinceIndex: number) =>
    Number(dims.reduce((total, { dim }) => total + dimValue(provinceIndex, dim.code), 0).toFixed(6));

  const rows: Cell[][] = [];
  if (options.metadataRows === true) {
    // Like the 2024 file: the new unit each group of old provinces forms, above the header (not provinces to read).
    rows.push(['34 new provinces from 1 July 2025', '34 tỉnh, thành phố từ 1/7/2025', null]);
    rows.push([
      'New province code',
      'Mã tỉnh',
      null,
      ...provinces.map((column) => (column === null ? null : '68')),
    ]);
    rows.push([
      'New province',
      'Tỉnh/Thành phố trực thuộc trung ương',
      null,
      ...provinces.map((c) => (c === null ? null : 'Lâm Đồng')),
    ]);
    rows.push([null, null, null]);
  }
  rows.push([
    'Province code',
    'Mã tỉnh',
    'Thang điểm/Scale',
    ...provinces.map((c) => (c === null ? null : c.code)),
  ]);
  rows.push([
    'Province',
    'Tỉnh/Thành phố trực thuộc trung ương',
    null,
    ...provinces.map((c) => (c === null ? null : c.name)),
  ]);
  // The weighted block, above the unweighted one so that its rows come first: never a score (its values,
  // 7.77 and 0.777, appear nowhere else).
  rows.push([
    ...label('Weighted PAPI Score', 'Chỉ số PAPI tổng hợp (có trọng số)'),
    '10-80 điểm/points',
    ...perProvince(() => 7.77),
  ]);
  rows.push([
    ...label('Dimension 1: Participation', 'Chỉ số nội dung 1: Tham gia'),
    '1-10 điểm/points',
    ...perProvince(() => 7.77),
  ]);
  rows.push([
    ...label('Civic Knowledge', '1.1: Tri thức công dân'),
    '0.25-2.5 điểm/points',
    ...perProvince(() => 0.777),
  ]);
  rows.push([
    ...label('Unweighted PAPI Score', 'Chỉ số PAPI tổng hợp (không có trọng số)'),
    '10-80 điểm/points',
    ...perProvince(totalValue),
  ]);
  rows.push([
    ...label('95% CI Low', 'Điểm thấp (khoảng tin cậy 95%)'),
    null,
    ...perProvince((i) => totalValue(i) - 0.5),
  ]);
  rows.push([
    ...label('95% CI High', 'Điểm cao (khoảng tin cậy 95%)'),
    null,
    ...perProvince((i) => totalValue(i) + 0.5),
  ]);
  rows.push([...label('Standard Error', 'Sai số chuẩn'), null, ...perProvince(() => 0.123)]);
  let surveyRows = 0;
  for (const { dim, subs } of dims) {
    rows.push([
      ...label(`Dimension ${dim.code}: ${dim.name_en}`, `Chỉ số nội dung ${dim.code}: ${dim.name_vi}`),
      '1-10 điểm/points',
      ...perProvince((i) => dimValue(i, dim.code)),
    ]);
    for (const sub of subs) {
      // The sub-dimension is numbered in column B only; English labels carry its name alone.
      rows.push([
        ...label(sub.name_en, `${sub.code}: ${sub.name_vi}`),
        scaleOf(subs.length),
        ...perProvince((i) => subValue(i, sub.code)),
      ]);
      rows.push([
        ...label(`% of respondents on ${sub.name_en}`, `Tỷ lệ người trả lời về ${sub.name_vi}`),
        '0%-100%',
        ...perProvince((i) => options.surveyValue?.(i, sub.code) ?? 0.5),
      ]);
      surveyRows += 1;
    }
  }

  const expected: [string, string, number][] = [];
  let index = -1;
  for (const column of provinces) {
    if (column === null) continue;
    index += 1;
    if (column.missing !== undefined) continue;
    for (const { subs } of dims)
      for (const sub of subs) expected.push([column.name, sub.code, subValue(index, sub.code)]);
  }
  return { rows, expected: { rows: expected, surveyRows } };
}

/** A 2011-2017 summary sheet: `Tên tỉnh`, dimension columns `1: …`, sub-dimension columns `1.1: …`, stray spaces. */
export function summarySheet(
  provinces: readonly string[],
  year: number,
): { rows: Cell[][]; expected: SheetExpectation } {
  const dims = dimensionsOf(year).map((dim) => ({ dim, subs: subdimensionsOf(dim.code, year) }));
  const subs = dims.flatMap(({ subs: list }) => list);
  const header: Cell[] = [
    'STT',
    ' Tên tỉnh ',
    ...dims.map(({ dim }) => ` ${dim.code} : ${dim.name_vi} `),
    ...subs.map((sub) => `${sub.code}:  ${sub.name_vi}  `),
  ];
  const rows: Cell[][] = [header];
  const expected: [string, string, number][] = [];
  provinces.forEach((name, p) => {
    const subValues = subs.map((_, s) => syntheticScore(p, s));
    const dimValues = dims.map(({ subs: list }) =>
      Number(list.reduce((total, sub) => total + (subValues[subs.indexOf(sub)] ?? 0), 0).toFixed(6)),
    );
    rows.push([p + 1, name, ...dimValues, ...subValues]);
    subs.forEach((sub, s) => expected.push([name, sub.code, subValues[s] ?? 0]));
  });
  return { rows, expected: { rows: expected, surveyRows: 0 } };
}

/** The workbook's bytes, sheets in the order given. */
export function workbookBytes(sheets: Readonly<Record<string, Cell[][]>>): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  }
  return new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
