// The bulk path for a large long-layout scores CSV: DuckDB groups its rows by key in one pass, the
// JavaScript checks run once per distinct cell text (the same matchers as the row-by-row reader), and
// only a file that passes every check is staged. Anything else (a bad cell, a conflicting duplicate,
// bytes that are not UTF-8) goes to the row-by-row reader, which locates each problem by row and
// column: a bad file costs time, never a less precise message.

import type { Connector } from '../../db/connector.ts';
import { importedFileSource } from '../../domain/imported-file-source.ts';
import { YEAR_RANGE } from '../read/cell-checks.ts';
import type { BulkScores } from '../read/import-rows.ts';
import { createIndicatorCodeMatcher } from '../read/indicator-code.ts';
import { createProvinceMatcher } from '../read/match-province.ts';
import { parseDecimal } from '../read/parse-values.ts';
import type { HeldFile } from '../read/held-file.ts';
import { csvField } from '../read/to-canonical-csv.ts';
import {
  BULK_MAPS,
  type BulkMap,
  bulkFileName,
  bulkMapFileName,
  bulkStagedTable,
  countBulkTroubleSql,
  createBulkKeysSql,
  createBulkMapSql,
  createBulkStagedSql,
  distinctBulkTextsSql,
  dropBulkTablesSql,
} from './bulk-scores-sql.ts';

/** Staged: the table holding the file's rows in score_rows' columns. Not staged: read it row by row. */
export type BulkStaging = { readonly staged: true; readonly table: string } | { readonly staged: false };

/** A distinct cell text (a province's with its row's year text) → the value it stands for, or null. */
type TextCheck = (text: string, yearText: string | null) => string | number | null;

const readYearText = (text: string | null): number | null => {
  const year = text === null ? null : parseDecimal(text.trim());
  return year !== null && Number.isInteger(year) && year >= YEAR_RANGE[0] && year <= YEAR_RANGE[1]
    ? year
    : null;
};

/** Per checked column, the value a cell's text stands for, or null; cells are trimmed as the row reader trims them. */
export function createBulkTextChecks(context: BulkScores['context']): Readonly<Record<BulkMap, TextCheck>> {
  const matchProvince = createProvinceMatcher(context.provinces);
  const matchIndicator = createIndicatorCodeMatcher(context.indicators.map((indicator) => indicator.code));
  return {
    // The row reader reads a province in its year's map of the country (old units to 2024, new from 2025).
    province: (text, yearText) => {
      const trimmed = text.trim();
      const year = readYearText(yearText);
      if (trimmed === '' || year === null) return null;
      const found = matchProvince(trimmed, year);
      return found.ok ? found.code : null;
    },
    year: (text) => readYearText(text),
    indicator: (text) => (text.trim() === '' ? null : matchIndicator(text.trim())),
    score: (text) => parseDecimal(text.trim()),
  };
}

/** A distinct text of one column, with its row's year text for a province. */
export interface BulkText {
  readonly text: string;
  readonly year_text?: string | null;
}

/** The accepted texts of one column as a CSV map (text[, year_text], value). */
export function bulkMapCsv(map: BulkMap, texts: readonly BulkText[], check: TextCheck): string {
  const withYear = map === 'province';
  const lines = [withYear ? 'text,year_text,value' : 'text,value'];
  for (const { text, year_text: yearText = null } of texts) {
    const value = check(text, yearText);
    if (value === null) continue;
    lines.push([text, ...(withYear ? [yearText] : []), value].map(csvField).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Makes the file readable by DuckDB under `name`. The browser's file itself when there is one: DuckDB's worker
 * reads it in slices, so tens of megabytes are neither read on the page nor copied to the worker. Else a copy
 * of the bytes, as DuckDB may take the buffer (the caller keeps its bytes, for a fallback read and for keeping).
 */
async function registerBulkFile(conn: Connector, name: string, file: HeldFile): Promise<void> {
  if (file.bytes === undefined) return conn.registerFileBlob(name, file.source);
  if (file.source?.size === file.bytes.length) return conn.registerFileBlob(name, file.source);
  return conn.registerFileBuffer(name, file.bytes.slice());
}

/** Reads and checks file `index` in DuckDB; never throws (a failure means "read it row by row"). */
export async function stageBulkScores(
  conn: Connector,
  bulk: BulkScores,
  index: number,
): Promise<BulkStaging> {
  try {
    await registerBulkFile(conn, bulkFileName(index), bulk.file);
    await conn.query(createBulkKeysSql(bulk.plan, index));
    const checks = createBulkTextChecks(bulk.context);
    for (const map of Object.keys(BULK_MAPS) as BulkMap[]) {
      const texts = await conn.query<BulkText>(distinctBulkTextsSql(map, index));
      const csv = bulkMapCsv(map, texts, checks[map]);
      await conn.registerFileText(bulkMapFileName(map, index), csv);
      await conn.query(createBulkMapSql(map, index));
    }
    await conn.query(createBulkStagedSql(index, importedFileSource(bulk.file.name)));
    const [trouble] = await conn.query<{ keys: number; unclean: number; conflicts: number }>(
      countBulkTroubleSql(index),
    );
    if (trouble === undefined || trouble.keys === 0 || trouble.unclean > 0 || trouble.conflicts > 0) {
      return { staged: false };
    }
    return { staged: true, table: bulkStagedTable(index) };
  } catch {
    return { staged: false };
  }
}

/** Drops the files and tables the bulk path made for file `index` (after the import, applied or not). */
export async function dropBulkScores(conn: Connector, index: number): Promise<void> {
  await conn.dropFile(bulkFileName(index)).catch(() => undefined);
  for (const map of Object.keys(BULK_MAPS) as BulkMap[]) {
    await conn.dropFile(bulkMapFileName(map, index)).catch(() => undefined);
  }
  await conn.query(dropBulkTablesSql(index)).catch(() => undefined);
}
