// The SQL console's read-only runner: the statement guard first, then the query on the console's own
// connection inside a transaction that is always rolled back, so even a write the guard missed leaves
// no trace. A run can be cancelled (DuckDB-WASM's cancelSent) and is read in Arrow batches.

import { toPlainValue, type ArrowTableLike } from '../db/arrow-rows.ts';
import type { ConsoleConnection } from '../db/console-connection.ts';
import { classifyEngineError } from '../db/engine-failure.ts';
import { checkConsoleStatement, type GuardRefusal } from './statement-guard.ts';

/** How the console shows a column: numbers right-aligned and formatted per locale, the rest as text. */
export type ConsoleColumnKind = 'number' | 'boolean' | 'text';

export interface ConsoleColumn {
  name: string;
  kind: ConsoleColumnKind;
}

export type ConsoleCell = string | number | boolean | null;

export interface ConsoleResult {
  columns: ConsoleColumn[];
  rows: ConsoleCell[][];
  /** True when the result had more rows than `maxRows` (only the first `maxRows` are kept). */
  truncated: boolean;
  elapsedMs: number;
}

/** The console keeps at most this many rows of a result (the rest would only cost memory). */
export const CONSOLE_MAX_ROWS = 200_000;

/** The guard refused the statement: nothing reached the engine. */
export class ConsoleRefusedError extends Error {
  readonly refusal: GuardRefusal;
  constructor(refusal: GuardRefusal) {
    super(`Refused: ${refusal.reason}`);
    this.name = 'ConsoleRefusedError';
    this.refusal = refusal;
  }
}

/** The user cancelled the run. */
export class ConsoleCancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'ConsoleCancelledError';
  }
}

/**
 * DuckDB refused the query at the engine's memory limit (the engine lives on). The message is DuckDB's first
 * line: the advice after it (raise the limit, set a temporary folder) is nothing the console may do.
 */
export class ConsoleMemoryLimitError extends Error {
  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(message.split('\n', 1)[0] ?? message, { cause });
    this.name = 'ConsoleMemoryLimitError';
  }
}

// apache-arrow's `Type` ids: Int, Float, Decimal are numbers; Bool is a boolean.
const NUMBER_TYPE_IDS = new Set([2, 3, 7]);
const BOOLEAN_TYPE_ID = 6;

function columnKind(typeId: number): ConsoleColumnKind {
  if (NUMBER_TYPE_IDS.has(typeId)) return 'number';
  return typeId === BOOLEAN_TYPE_ID ? 'boolean' : 'text';
}

/** One cell as the console shows it: lists and structs as JSON text. */
function toConsoleCell(
  value: unknown,
  type: ArrowTableLike['schema']['fields'][number]['type'],
): ConsoleCell {
  const plain = toPlainValue(value, type);
  if (
    plain === null ||
    typeof plain === 'number' ||
    typeof plain === 'boolean' ||
    typeof plain === 'string'
  ) {
    return plain;
  }
  const json = (plain as { toJSON?: () => unknown }).toJSON?.() ?? plain;
  return JSON.stringify(json, (_key, inner: unknown) => (typeof inner === 'bigint' ? Number(inner) : inner));
}

/** Appends a batch's rows to `rows`, up to `maxRows`; returns false when the limit cut the batch. */
function appendBatch(batch: ArrowTableLike, rows: ConsoleCell[][], maxRows: number): boolean {
  const fields = batch.schema.fields;
  const vectors = fields.map((_, c) => batch.getChildAt(c));
  for (let r = 0; r < batch.numRows; r += 1) {
    if (rows.length >= maxRows) return false;
    rows.push(fields.map((field, c) => toConsoleCell(vectors[c]?.get(r), field.type)));
  }
  return true;
}

/** Runs `text` read-only on `connection`; rejects with ConsoleRefusedError, ConsoleCancelledError or the engine's error. */
export async function runConsoleQuery(
  connection: ConsoleConnection,
  text: string,
  isCancelled: () => boolean = () => false,
  maxRows: number = CONSOLE_MAX_ROWS,
): Promise<ConsoleResult> {
  const verdict = checkConsoleStatement(text);
  if (!verdict.allowed) throw new ConsoleRefusedError(verdict);
  return runInRolledBackTransaction(connection, text, isCancelled, maxRows);
}

/** The runner's second line on its own (exported for the test that bypasses the guard): the query in a transaction always rolled back. */
export async function runInRolledBackTransaction(
  connection: ConsoleConnection,
  text: string,
  isCancelled: () => boolean = () => false,
  maxRows: number = CONSOLE_MAX_ROWS,
): Promise<ConsoleResult> {
  const start = performance.now();
  await connection.execute('BEGIN TRANSACTION');
  try {
    const result = await connection.send(text);
    const rows: ConsoleCell[][] = [];
    let truncated = false;
    for await (const batch of result.batches) {
      if (!appendBatch(batch, rows, maxRows)) {
        truncated = true;
        break;
      }
      if (isCancelled()) throw new ConsoleCancelledError();
    }
    const columns = result
      .fields()
      .map((field) => ({ name: field.name, kind: columnKind(field.type.typeId) }));
    return { columns, rows, truncated, elapsedMs: performance.now() - start };
  } catch (error) {
    if (isCancelled()) throw new ConsoleCancelledError();
    if (classifyEngineError(error) === 'memory') throw new ConsoleMemoryLimitError(error);
    throw error;
  } finally {
    await connection.execute('ROLLBACK');
  }
}
