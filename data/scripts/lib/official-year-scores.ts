/**
 * The years taken from official PAPI workbooks (`npm run data:build -- --workbook`), kept as sources:
 * data/sources/papi-official/<year>.csv holds that year's rows as papi-scores.csv writes them, so a plain
 * `npm run data:build` rebuilds the same files, the year from the workbook replacing the year's yearly file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv } from './csv.ts';
import { SUBDIMENSION_CODES } from './papi-structure.ts';
import {
  SCORES_HEADER,
  parseScoreRowsCsv,
  scoreRowCells,
  sortScoreRows,
  type ScoreRow,
} from './papi-scores.ts';

/** The folder beside sources/papi/ that holds the workbook years. */
export const OFFICIAL_YEARS_DIR = 'papi-official';

/** Every workbook year kept in `dir` (none when the folder does not exist), by year. */
export function readOfficialYears(dir: string): Map<number, ScoreRow[]> {
  const years = new Map<number, ScoreRow[]>();
  if (!existsSync(dir)) return years;
  for (const name of readdirSync(dir).filter((file) => /^\d{4}\.csv$/.test(file))) {
    const year = Number(name.slice(0, 4));
    const rows = parseScoreRowsCsv(readFileSync(join(dir, name), 'utf8'));
    const stray = rows.find((row) => row.year !== year || !SUBDIMENSION_CODES.includes(row.indicator));
    if (stray !== undefined) {
      throw new Error(
        `${name}: a row of ${stray.year}, ${stray.indicator} is not a sub-dimension of ${year}`,
      );
    }
    years.set(year, rows);
  }
  return years;
}

/** Writes (or replaces) the kept rows of `year` in `dir`. */
export function writeOfficialYear(dir: string, year: number, rows: readonly ScoreRow[]): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${year}.csv`), formatCsv(SCORES_HEADER, sortScoreRows(rows).map(scoreRowCells)));
}
