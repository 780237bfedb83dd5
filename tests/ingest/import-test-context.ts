// The reference data an import is checked against, read from the bundled provinces, indicators and plan tasks.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { ImportContext } from '../../src/ingest/read/import-rows.ts';

const readCsv = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(
    readFileSync(fileURLToPath(new URL(`../../data/${name}`, import.meta.url)), 'utf8'),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;

/** Provinces, indicator scales and plan task ids of the bundled data. */
export const BUNDLED_CONTEXT: ImportContext = {
  provinces: readCsv('provinces.csv').map((row) => ({
    code: row.code ?? '',
    name_vi: row.name_vi ?? '',
    name_en: row.name_en ?? '',
  })),
  indicators: readCsv('indicators.csv').map((row) => ({
    code: row.code ?? '',
    min: Number(row.min),
    max: Number(row.max),
  })),
  taskIds: readCsv('plan-tasks.csv').map((row) => row.task_id ?? ''),
};

/** Reads a fixture under tests/fixtures/import/ as bytes. */
export function readImportFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url))));
}
