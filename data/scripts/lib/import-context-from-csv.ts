/**
 * The reference data a dropped file is checked against (src/ingest/apply/fetch-import-context.ts reads it
 * from the loaded tables), read here from the bundled CSVs, so a workbook read by `npm run data:build`
 * matches provinces and checks scales exactly as a drop on the Data view does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportContext } from '../../../src/ingest/read/import-rows.ts';
import type { ProvinceRef } from '../../../src/ingest/read/match-province.ts';
import { parseCsvRecords } from './csv.ts';

const PROVINCE_COLUMNS = [
  'code',
  'name_vi',
  'name_en',
  'kind',
  'nso_code',
  'successor_code',
  'first_year',
  'last_year',
] as const;
const INDICATOR_COLUMNS = ['code', 'min', 'max', 'name_vi', 'name_en'] as const;

// An empty cell loads as NULL in the app's tables.
const orNull = (text: string): string | null => (text === '' ? null : text);
const yearOrNull = (text: string): number | null => (text === '' ? null : Number(text));

// fetchImportContext reads both tables ORDER BY code; the matcher prefers the first unit where names repeat.
const byCode = <T extends { readonly code: string }>(a: T, b: T): number =>
  a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/** provinces.csv and indicators.csv of `dataDir` as the import context (no plan tasks: scores only). */
export function importContextFromCsv(dataDir: string): ImportContext {
  const read = (file: string): string => readFileSync(join(dataDir, file), 'utf8');
  const provinces = parseCsvRecords(read('provinces.csv'), PROVINCE_COLUMNS).map((row): ProvinceRef => ({
    code: row.code,
    name_vi: row.name_vi,
    name_en: row.name_en,
    kind: orNull(row.kind),
    nso_code: orNull(row.nso_code),
    successor_code: orNull(row.successor_code),
    first_year: yearOrNull(row.first_year),
    last_year: yearOrNull(row.last_year),
  }));
  const indicators = parseCsvRecords(read('indicators.csv'), INDICATOR_COLUMNS).map((row) => ({
    code: row.code,
    min: Number(row.min),
    max: Number(row.max),
    name_vi: row.name_vi,
    name_en: row.name_en,
  }));
  return { provinces: provinces.sort(byCode), indicators: indicators.sort(byCode), taskIds: [] };
}
