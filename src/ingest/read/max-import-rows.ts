// How many data rows one imported file may hold, per kind, checked while reading and before anything reaches
// the engine. Each bound is above what a province sends (63 provinces × 16 years × 110 indicators is ~110,000
// scores; 33 tasks × 30 units × 4 quarters is ~4,000 reports a year) and within what the engine applies in
// bounded time and memory: progress rows feed the completion of every (task, unit) pair in every period, so
// 20,000 reports took 15 s to apply in Node and 100,000 took 174 s, and 1,000,000 ran DuckDB-WASM out of memory.

import type { ImportKind } from './recognise-kind.ts';

/** The largest number of data rows (blank rows not counted) a file of each kind may hold. */
export const MAX_IMPORT_ROWS: Readonly<Record<ImportKind, number>> = {
  // A long scores file of this size is read by DuckDB in one pass (bulk-scores-plan.ts), timed by `npm run bench`.
  scores_long: 1_000_000,
  // One row per province and year.
  scores_wide: 100_000,
  task_progress: 50_000,
  plan_tasks: 5_000,
};

/** The bound for `kind`, or the one the caller set (tests use small bounds). */
export const maxRowsOf = (
  kind: ImportKind,
  limits: Partial<Record<ImportKind, number>> | undefined,
): number => limits?.[kind] ?? MAX_IMPORT_ROWS[kind];

const LINE_FEED = 0x0a;

/** Lines of a text file after its first `skipLines` (a last line without a line break counts; a trailing break does not add one). */
export function countLinesAfter(bytes: Uint8Array, skipLines: number): number {
  let lines = 0;
  // The engine's own search from break to break: a byte-by-byte loop took ~60 ms over a 1,000,000-row file.
  for (let index = bytes.indexOf(LINE_FEED); index !== -1; index = bytes.indexOf(LINE_FEED, index + 1)) {
    lines += 1;
  }
  if (bytes.length > 0 && bytes[bytes.length - 1] !== LINE_FEED) lines += 1;
  return Math.max(0, lines - skipLines);
}
