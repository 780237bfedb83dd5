/** Turns the yearly wide PAPI files (one column per sub-dimension) into long score rows. */
import { parseCsvRecords } from './csv.ts';
import { SUBDIMENSION_CODES } from './papi-structure.ts';

export interface ScoreRow {
  readonly provinceCode: string;
  readonly year: number;
  readonly indicator: string;
  /** The score exactly as written in the source file (no rounding). */
  readonly score: string;
  readonly source: string;
}

export const SCORES_HEADER = ['province_code', 'year', 'indicator', 'score', 'source'] as const;

/** The citation written on every score row of a year. */
export function scoreSource(year: number): string {
  return `CECODES & UNDP, PAPI ${year} (papi.org.vn), via hnks-gh/ml-mcdm@d165721`;
}

/** Maps a source column name such as `SC24` to the sub-dimension code `2.4`. */
export function columnToSubdimension(column: string): string | undefined {
  const match = /^SC(\d)(\d)$/.exec(column.trim());
  return match ? `${match[1]}.${match[2]}` : undefined;
}

const SCORE_PATTERN = /^\d+(\.\d+)?$/;

/** Reads one yearly file; empty cells are missing scores and produce no row. */
export function parseYearlyScores(year: number, rows: readonly (readonly string[])[]): ScoreRow[] {
  const [header, ...body] = rows;
  if (!header || header[0] !== 'Province') throw new Error(`${year}: expected a "Province" first column`);
  const indicators = header.slice(1).map((column) => {
    const code = columnToSubdimension(column);
    if (!code || !SUBDIMENSION_CODES.includes(code)) throw new Error(`${year}: unknown column ${column}`);
    return code;
  });
  const source = scoreSource(year);
  return body.flatMap((row) => {
    const provinceCode = row[0]?.trim() ?? '';
    if (!/^P\d\d$/.test(provinceCode)) throw new Error(`${year}: bad province code "${provinceCode}"`);
    return indicators.flatMap((indicator, i) => {
      const score = row[i + 1]?.trim() ?? '';
      if (score === '') return [];
      if (!SCORE_PATTERN.test(score) || Number(score) === 0) {
        throw new Error(`${year} ${provinceCode} ${indicator}: bad score "${score}"`);
      }
      return [{ provinceCode, year, indicator, score, source }];
    });
  });
}

/** Sorts by year, province, then sub-dimension in PAPI order (1.1 ... 8.3). */
export function sortScoreRows(rows: readonly ScoreRow[]): ScoreRow[] {
  const order = (code: string): number => SUBDIMENSION_CODES.indexOf(code);
  return [...rows].sort(
    (a, b) =>
      a.year - b.year ||
      a.provinceCode.localeCompare(b.provinceCode) ||
      order(a.indicator) - order(b.indicator),
  );
}

/** The score rows as cells in SCORES_HEADER order. */
export function scoreRowCells(row: ScoreRow): string[] {
  return [row.provinceCode, String(row.year), row.indicator, row.score, row.source];
}

/** Reads rows written by scoreRowCells back (papi-scores.csv, or a workbook year kept as a source). */
export function parseScoreRowsCsv(text: string): ScoreRow[] {
  return parseCsvRecords(text, SCORES_HEADER).map((row) => ({
    provinceCode: row.province_code,
    year: Number(row.year),
    indicator: row.indicator,
    score: row.score,
    source: row.source,
  }));
}
