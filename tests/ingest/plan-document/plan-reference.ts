// The official indicator names and the provinces, read from the bundled CSVs, as the plan parser needs them.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { PlanReference } from '../../../src/ingest/plan-document/read-plan-document.ts';

const readCsv = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(
    readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8'),
    { header: true, skipEmptyLines: true },
  ).data;

export const PLAN_REFERENCE: PlanReference = {
  indicators: readCsv('indicators.csv').map((row) => ({
    code: row.code ?? '',
    level: row.level ?? '',
    nameVi: row.name_vi ?? '',
  })),
  provinces: readCsv('provinces.csv').map((row) => ({
    code: row.code ?? '',
    name_vi: row.name_vi ?? '',
    name_en: row.name_en ?? '',
  })),
};

/** A file of the repository as text. */
export const readRepoFile = (path: string): string =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
