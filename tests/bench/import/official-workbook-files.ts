// The files the workbook import is timed on (tests/bench/sections/workbook-import.ts): an official PAPI
// workbook as papi.org.vn publishes it, six year sheets (2019-2024) of the 63 provinces, built with the
// official-workbook tests' builder (tests/ingest/papi-workbook/build-official-workbook.ts: sub-dimension,
// dimension, total, CI/SE/weighted and survey rows), with survey rows added until it weighs about what a
// real workbook does; and the long CSV of the score rows a drop imports from it (the newest year's sheet,
// the Data view's default choice). EVERY VALUE IS SYNTHETIC: timing only.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';
import {
  indicatorSheet,
  type Cell,
  type ProvinceColumn,
} from '../../ingest/papi-workbook/build-official-workbook.ts';

export const WORKBOOK_YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;
export const WORKBOOK_FILE_NAME = '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx';
export const LONG_CSV_FILE_NAME = 'diem-papi-2024.csv';
/** Extra survey rows under each sub-dimension: brings the workbook to about 2 MB, a published file's size. */
const EXTRA_SURVEY_ROWS = 7;

interface ProvinceRow {
  name_vi: string;
  nso_code: string;
  kind: string;
}

/** The 63 provinces PAPI scored up to 2024, as the workbook's header writes them (name and statistics-office code). */
function oldProvinceColumns(): ProvinceColumn[] {
  const text = readFileSync(fileURLToPath(new URL('../../../data/provinces.csv', import.meta.url)), 'utf8');
  return Papa.parse<ProvinceRow>(text, { header: true, skipEmptyLines: true })
    .data.filter((row) => row.kind === 'old')
    .map((row) => ({ name: row.name_vi, code: row.nso_code }));
}

// Deterministic survey answers with many digits, so the sheet compresses as real data does.
const surveyValue = (row: number, column: number): number =>
  ((row * 7919 + column * 104_729) % 999_983) / 999_983;

/** Adds EXTRA_SURVEY_ROWS survey rows (scale 0%-100%) after each of the builder's survey rows. */
function withMoreSurveyRows(rows: readonly Cell[][]): Cell[][] {
  return rows.flatMap((row, rowIndex) => {
    if (row[2] !== '0%-100%') return [row];
    const extra = Array.from({ length: EXTRA_SURVEY_ROWS }, (_, k): Cell[] => [
      `${String(row[0] ?? '')} (question ${k + 2})`,
      `${String(row[1] ?? '')} (câu ${k + 2})`,
      '0%-100%',
      ...row.slice(3).map((cell, column) => (cell === null ? null : surveyValue(rowIndex * 100 + k, column))),
    ]);
    return [row, ...extra];
  });
}

// Published workbooks are zip-compressed (the builder's workbookBytes writes them stored, which is fine for
// tests): compressed, 2 MB holds as many cells as a real 2 MB file, which is what the reader's time follows.
function compressedWorkbookBytes(sheets: Readonly<Record<string, Cell[][]>>): Uint8Array {
  const workbook = XLSX.utils.book_new();
  for (const [name, rows] of Object.entries(sheets)) {
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows), name);
  }
  const written = XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
  return new Uint8Array(written);
}

export interface WorkbookBenchFiles {
  readonly workbook: Uint8Array;
  /** The rows the workbook's newest sheet gives, as a long CSV. */
  readonly longCsv: Uint8Array;
  /** Score rows a drop of either file imports. */
  readonly scoreRows: number;
}

/** Both files; the 2024 sheet has the four metadata rows and Vĩnh Phúc and Tiền Giang at 0, as published. */
export function buildWorkbookBenchFiles(): WorkbookBenchFiles {
  const provinces = oldProvinceColumns();
  const unscored2024 = new Set(['Vĩnh Phúc', 'Tiền Giang']);
  const sheets: Record<string, Cell[][]> = {};
  let csvLines: string[] = [];
  for (const year of WORKBOOK_YEARS) {
    const columns =
      year === 2024
        ? provinces.map((p) => (unscored2024.has(p.name) ? { ...p, missing: 'zero' as const } : p))
        : provinces;
    const sheet = indicatorSheet({ year, provinces: columns, metadataRows: year === 2024 });
    sheets[`${year}_PAPI_VIE_ENG`] = withMoreSurveyRows(sheet.rows);
    // Years ascend: the last sheet's rows are the newest year's.
    csvLines = sheet.expected.rows.map(([name, indicator, score]) => `${name},${year},${indicator},${score}`);
  }
  return {
    workbook: compressedWorkbookBytes(sheets),
    longCsv: new TextEncoder().encode(`province,year,indicator,score\n${csvLines.join('\n')}\n`),
    scoreRows: csvLines.length,
  };
}
