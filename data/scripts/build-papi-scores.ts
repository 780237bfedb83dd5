/**
 * npm run data:build — reads data/sources/papi/ and data/sources/provinces-2025/ and writes
 * data/papi-scores.csv, data/indicators.csv and data/provinces.csv (old and new units, with lineage).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatCsv, parseCsv } from './lib/csv.ts';
import { INDICATORS_HEADER, buildIndicatorRows } from './lib/indicators.ts';
import { PAPI_DIMENSIONS } from './lib/papi-structure.ts';
import { SCORES_HEADER, parseYearlyScores, scoreRowCells, sortScoreRows } from './lib/papi-scores.ts';
import { UNITS_HEADER, buildUnitRows } from './lib/province-lineage.ts';
import { buildProvinceRows } from './lib/provinces.ts';

export const DATA_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Builds the three CSVs from `sourcesDir` (the yearly files and provinces.csv) and `mergerDir` (provinces-2025.csv) into `outDir`. */
export function buildPapiData(
  sourcesDir: string,
  outDir: string,
  mergerDir: string = join(sourcesDir, '..', 'provinces-2025'),
): void {
  const yearFiles = readdirSync(sourcesDir)
    .filter((name) => /^\d{4}\.csv$/.test(name))
    .sort();
  if (yearFiles.length === 0) throw new Error(`no yearly files in ${sourcesDir}`);
  const rows = sortScoreRows(
    yearFiles.flatMap((name) =>
      parseYearlyScores(Number(name.slice(0, 4)), parseCsv(readFileSync(join(sourcesDir, name), 'utf8'))),
    ),
  );
  writeFileSync(join(outDir, 'papi-scores.csv'), formatCsv(SCORES_HEADER, rows.map(scoreRowCells)));
  writeFileSync(
    join(outDir, 'indicators.csv'),
    formatCsv(INDICATORS_HEADER, buildIndicatorRows(PAPI_DIMENSIONS, rows)),
  );
  const oldProvinces = buildProvinceRows(readFileSync(join(sourcesDir, 'provinces.csv'), 'utf8'));
  const units = buildUnitRows(oldProvinces, readFileSync(join(mergerDir, 'provinces-2025.csv'), 'utf8'));
  writeFileSync(join(outDir, 'provinces.csv'), formatCsv(UNITS_HEADER, units));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildPapiData(join(DATA_DIR, 'sources', 'papi'), DATA_DIR);
  console.log('wrote papi-scores.csv, indicators.csv, provinces.csv in', DATA_DIR);
}
