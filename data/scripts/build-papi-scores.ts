/**
 * npm run data:build — reads data/sources/papi/ (and the years taken from official workbooks,
 * data/sources/papi-official/), data/sources/provinces-2025/ and writes
 * data/papi-scores.csv, data/indicators.csv and data/provinces.csv (old and new units, with lineage).
 * npm run data:build -- --workbook <file.xlsx> [--sheet <name>] [--dry-run] [--data-dir <copy>] — replaces
 * one year of data/papi-scores.csv (or of a copy of data/) with an official PAPI workbook's scores instead
 * (lib/official-workbook-update.ts).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { formatCsv, parseCsv } from './lib/csv.ts';
import { INDICATORS_HEADER, buildIndicatorRows } from './lib/indicators.ts';
import { describeWorkbookUpdate } from './lib/describe-workbook-update.ts';
import { updateFromOfficialWorkbook } from './lib/official-workbook-update.ts';
import { OFFICIAL_YEARS_DIR, readOfficialYears } from './lib/official-year-scores.ts';
import { PAPI_DIMENSIONS } from './lib/papi-structure.ts';
import { SCORES_HEADER, parseYearlyScores, scoreRowCells, sortScoreRows } from './lib/papi-scores.ts';
import { UNITS_HEADER, buildUnitRows } from './lib/province-lineage.ts';
import { buildProvinceRows } from './lib/provinces.ts';

export const DATA_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Builds the three CSVs from `sourcesDir` (the yearly files and provinces.csv), its sibling papi-official/
 * (workbook years, if any) and `mergerDir` (provinces-2025.csv) into `outDir`.
 */
export function buildPapiData(
  sourcesDir: string,
  outDir: string,
  mergerDir: string = join(sourcesDir, '..', 'provinces-2025'),
): void {
  const yearFiles = readdirSync(sourcesDir)
    .filter((name) => /^\d{4}\.csv$/.test(name))
    .sort();
  if (yearFiles.length === 0) throw new Error(`no yearly files in ${sourcesDir}`);
  // A year taken from an official workbook replaces that year's yearly file.
  const official = readOfficialYears(join(sourcesDir, '..', OFFICIAL_YEARS_DIR));
  const rows = sortScoreRows([
    ...yearFiles
      .filter((name) => !official.has(Number(name.slice(0, 4))))
      .flatMap((name) =>
        parseYearlyScores(Number(name.slice(0, 4)), parseCsv(readFileSync(join(sourcesDir, name), 'utf8'))),
      ),
    ...[...official.values()].flat(),
  ]);
  writeFileSync(join(outDir, 'papi-scores.csv'), formatCsv(SCORES_HEADER, rows.map(scoreRowCells)));
  writeFileSync(
    join(outDir, 'indicators.csv'),
    formatCsv(INDICATORS_HEADER, buildIndicatorRows(PAPI_DIMENSIONS, rows)),
  );
  const oldProvinces = buildProvinceRows(readFileSync(join(sourcesDir, 'provinces.csv'), 'utf8'));
  const units = buildUnitRows(oldProvinces, readFileSync(join(mergerDir, 'provinces-2025.csv'), 'utf8'));
  writeFileSync(join(outDir, 'provinces.csv'), formatCsv(UNITS_HEADER, units));
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      workbook: { type: 'string' },
      sheet: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      // Another copy of data/ (its CSVs and sources/) to update: the tests' temporary one.
      'data-dir': { type: 'string' },
    },
  });
  if (values.workbook === undefined) {
    if (values.sheet !== undefined || values['dry-run'] || values['data-dir'] !== undefined)
      throw new Error('--sheet, --dry-run and --data-dir go with --workbook');
    buildPapiData(join(DATA_DIR, 'sources', 'papi'), DATA_DIR);
    console.log('wrote papi-scores.csv, indicators.csv, provinces.csv in', DATA_DIR);
    return 0;
  }
  // npm runs scripts from the package root; a relative path is the caller's, from where npm was started.
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const update = await updateFromOfficialWorkbook({
    workbookPath: resolve(callerDir, values.workbook),
    dataDir: values['data-dir'] === undefined ? DATA_DIR : resolve(callerDir, values['data-dir']),
    dryRun: values['dry-run'],
    sheet: values.sheet,
  });
  for (const line of describeWorkbookUpdate(update)) console.log(line);
  return update.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
