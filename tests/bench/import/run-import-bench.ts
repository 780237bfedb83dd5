// Import benchmark (issue 6, item 7): a 1,000,000-row long scores CSV imported by the app's own path
// (readImportFile + applyImport: DuckDB reads and groups the rows, the checks run per distinct text,
// the rows merge into the loaded data and the derived tables are rebuilt) against DuckDB's own
// `read_csv` of the same bytes into a table (both from the bytes in memory, their handing over to the engine timed),
// in alternating runs on one engine, medians reported as a ratio. It runs DuckDB-WASM's Node build (the same wasm engine the browser runs, single-threaded),
// so the browser's worker round trips are not in either figure. Nothing here asserts on a time.
// The file changes every key (synthetic scores), so every derived table has to be built again over all of them:
// after each import the derived tables' own SQL is timed again on the imported rows, and read_csv plus that is
// reported as the floor of such an import (what any import of these bytes must do), with the import's ratio to it.
//
// Env: BENCH_IMPORT_RUNS (default 3), BENCH_IMPORT_ROWS (default 1,000,000).
// Run alone: `npx tsx tests/bench/import/run-import-bench.ts`; `npm run bench` runs it too.

import { pathToFileURL } from 'node:url';
import type { Connector } from '../../../src/db/connector.ts';
import { registeredFilePath } from '../../../src/db/engine-settings.ts';
import { existingObjectNames } from '../../../src/db/existing-objects.ts';
import { derivedStatementsAfter } from '../../../src/db/schema.sql.ts';
import { sql, sqlJoin, sqlRaw, sqlStringLiteral } from '../../../src/db/sql.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import type { ImportContext } from '../../../src/ingest/read/import-rows.ts';
import { isUnitOfYear } from '../../../src/ingest/read/match-province.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { loadBundledData } from '../../../src/ingest/load-bundled-data.ts';
import { createLoadedConnector, readBundledFiles } from '../../helpers/data-files.ts';
import { timedConnector, type EngineTimeShare } from './connector-time.ts';

export interface ImportBenchResult {
  readonly rows: number;
  readonly bytes: number;
  readonly runs: number;
  readonly readCsvMs: number;
  readonly importMs: number;
  readonly ratio: number;
  /** The derived tables' SQL alone, run again over the imported rows (median ms). */
  readonly rebuildMs: number;
  /** importMs / (readCsvMs + rebuildMs): the import against the floor of an import that changes every key. */
  readonly ratioToFloor: number;
  /** (readCsvMs + rebuildMs) / readCsvMs: that floor against read_csv, the budget's unit. */
  readonly floorToReadCsv: number;
  readonly importedKeys: number;
  readonly bulkPath: boolean;
  /** Where the last run's import spent its time: the engine's, by statement, and the rest (reading, checks in JS). */
  readonly profile: ImportProfile;
}

export interface ImportProfile {
  readonly importMs: number;
  /** The engine's calls, by statement, largest first. */
  readonly engine: readonly EngineTimeShare[];
  /** The import's time outside the engine's calls. */
  readonly outsideEngineMs: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/**
 * An Excel-style long scores file (BOM, `;`, decimal commas, CRLF, Vietnamese names): every province in
 * the years its map is scored (old units 2009-2024, new units 2025 on), every indicator, scores on the
 * indicator's scale; the keys repeat with identical values once exhausted, as re-sent reports do.
 * Synthetic: for timing only, never loaded as data.
 */
export function buildBenchScoresCsv(context: ImportContext, rowCount: number): Uint8Array {
  const scale = new Map(context.indicators.map((indicator) => [indicator.code, indicator] as const));
  const keys: string[] = [];
  for (let year = 2009; year <= 2100; year += 1) {
    for (const province of context.provinces) {
      if (!isUnitOfYear(province, year)) continue;
      for (const { code } of context.indicators) keys.push(`${province.name_vi};${year};${code}`);
    }
  }
  const lines = ['Tỉnh;Năm;Chỉ số;Điểm;Nguồn'];
  for (let row = 0; row < rowCount; row += 1) {
    const key = keys[row % keys.length] ?? '';
    const keyIndex = row % keys.length;
    const indicator = scale.get(key.split(';')[2] ?? '');
    const min = indicator?.min ?? 1;
    const max = indicator?.max ?? 10;
    const score = min + ((keyIndex * 7919) % Math.round((max - min) * 100)) / 100;
    lines.push(`${key};${score.toFixed(2).replace('.', ',')};Tệp thử`);
  }
  const body = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
  const bytes = new Uint8Array(body.length + 3);
  bytes.set([0xef, 0xbb, 0xbf]);
  bytes.set(body, 3);
  return bytes;
}

/**
 * DuckDB's read_csv of the bytes into a table, from the bytes in memory as the app's import starts from them: handing
 * them to the engine is timed on both sides (here as the app hands over bytes that are not a browser's file: a copy,
 * which the engine copies into its memory; ~0.2 s for the 36.5 MB file, and untimed here until 7 December 2026).
 */
async function timeReadCsv(conn: Connector, bytes: Uint8Array): Promise<number> {
  const name = registeredFilePath('bench_read_csv.csv');
  const started = performance.now();
  await conn.registerFileBuffer(name, bytes.slice());
  await conn.query(
    sql`CREATE OR REPLACE TABLE bench_read_csv AS SELECT * FROM read_csv(${sqlStringLiteral(name)}, delim=';', decimal_separator=',', header=true)`,
  );
  const elapsed = performance.now() - started;
  await conn.query(sql`DROP TABLE bench_read_csv`);
  await conn.dropFile(name);
  return elapsed;
}

/** The statements an import of score_rows runs after its merge (the swap's rebuild), timed alone in one transaction. */
async function timeDerivedRebuild(conn: Connector): Promise<number> {
  const statements = derivedStatementsAfter(['score_rows'], await existingObjectNames(conn));
  const started = performance.now();
  await conn.query(sql`BEGIN TRANSACTION; ${sqlJoin(statements.map(sqlRaw), ';\n')}; COMMIT`);
  return performance.now() - started;
}

async function timeImport(untimed: Connector, bytes: Uint8Array, context: ImportContext) {
  const { conn, shares } = timedConnector(untimed);
  const started = performance.now();
  const result = await readImportFile({ name: 'bench-scores.csv', bytes }, context);
  const outcome = await applyImport(conn, [{ name: 'bench-scores.csv', result }]);
  const elapsed = performance.now() - started;
  const engine = shares();
  const profile: ImportProfile = {
    importMs: elapsed,
    engine,
    outsideEngineMs: elapsed - engine.reduce((sum, share) => sum + share.ms, 0),
  };
  if (!outcome.ok)
    throw new Error(`the benchmark file was refused: ${JSON.stringify(outcome.problems.slice(0, 3))}`);
  const file = outcome.files[0];
  const bulkPath = result.kind === 'scores_long' && result.bulk !== undefined;
  return { elapsed, keys: (file?.added ?? 0) + (file?.replaced ?? 0), bulkPath, profile };
}

/** Runs the benchmark and returns medians; prints nothing. */
export async function runImportBench(
  runs = Number(process.env.BENCH_IMPORT_RUNS ?? 3) || 3,
  rowCount = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000) || 1_000_000,
): Promise<ImportBenchResult> {
  const conn = await createLoadedConnector();
  const bundled = readBundledFiles();
  try {
    const context = await fetchImportContext(conn);
    const bytes = buildBenchScoresCsv(context, rowCount);
    const readCsv: number[] = [];
    const imports: number[] = [];
    const rebuilds: number[] = [];
    let keys = 0;
    let bulkPath = false;
    let profile: ImportProfile = { importMs: 0, engine: [], outsideEngineMs: 0 };
    for (let run = 0; run < runs; run += 1) {
      // Alternate which goes first, so warm-up and drift do not favour one side.
      const order = run % 2 === 0 ? (['read_csv', 'import'] as const) : (['import', 'read_csv'] as const);
      for (const side of order) {
        if (side === 'read_csv') {
          readCsv.push(await timeReadCsv(conn, bytes));
        } else {
          await loadBundledData(conn, bundled);
          const timed = await timeImport(conn, bytes, context);
          imports.push(timed.elapsed);
          rebuilds.push(await timeDerivedRebuild(conn));
          keys = timed.keys;
          bulkPath = timed.bulkPath;
          profile = timed.profile;
        }
      }
    }
    const readCsvMs = median(readCsv);
    const importMs = median(imports);
    const rebuildMs = median(rebuilds);
    return {
      rows: rowCount,
      bytes: bytes.length,
      runs,
      readCsvMs,
      importMs,
      ratio: importMs / readCsvMs,
      rebuildMs,
      ratioToFloor: importMs / (readCsvMs + rebuildMs),
      floorToReadCsv: (readCsvMs + rebuildMs) / readCsvMs,
      importedKeys: keys,
      bulkPath,
      profile,
    };
  } finally {
    await conn.close();
  }
}

/** The result as table rows (label, value) for the bench's printout. */
export function formatImportBench(result: ImportBenchResult): [string, string][] {
  return [
    ['import: file', `${result.rows.toLocaleString('en')} rows, ${(result.bytes / 1_048_576).toFixed(1)} MB`],
    [
      'import: DuckDB read_csv, the bytes handed over as the app does (median ms)',
      result.readCsvMs.toFixed(0),
    ],
    ['import: app import (median ms)', result.importMs.toFixed(0)],
    ['import: app / read_csv (budget <= 1.20x)', `${result.ratio.toFixed(2)}x`],
    ['import: derived tables rebuilt over its keys (median ms)', result.rebuildMs.toFixed(0)],
    [
      'import: app / (read_csv + that rebuild): the floor',
      `${result.ratioToFloor.toFixed(2)}x (floor ${(result.readCsvMs + result.rebuildMs).toFixed(0)} ms = ${result.floorToReadCsv.toFixed(2)}x read_csv)`,
    ],
    [
      'import: path, keys loaded',
      `${result.bulkPath ? 'DuckDB bulk' : 'row by row'}, ${result.importedKeys}`,
    ],
  ];
}

/** The last run's profile as table rows (statement, ms, calls): the statements over 1% of the import, then the rest. */
export function formatImportProfile(profile: ImportProfile): string[][] {
  const shown = profile.engine.filter((share) => share.ms >= profile.importMs / 100);
  const restMs = profile.engine.filter((share) => !shown.includes(share)).reduce((sum, s) => sum + s.ms, 0);
  return [
    [
      `the app's import, last run (${profile.importMs.toFixed(0)} ms): the engine's statements`,
      'ms',
      'calls',
    ],
    ...shown.map((share) => [share.what, share.ms.toFixed(0), String(share.calls)]),
    ['the engine: every other statement', restMs.toFixed(0), ''],
    ['outside the engine (reading and checks in JS)', profile.outsideEngineMs.toFixed(0), ''],
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runImportBench();
  for (const [label, value] of formatImportBench(result)) console.log(`${label.padEnd(44)} ${value}`);
  for (const row of formatImportProfile(result.profile)) console.log(row.join('  '));
  console.log(JSON.stringify(result));
}
