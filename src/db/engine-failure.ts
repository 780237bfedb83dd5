// The one rule for telling a dead or broken engine from a query that merely failed. DuckDB-WASM forwards
// the worker's errors as { name, message }: a WebAssembly trap arrives as a RuntimeError ("table index is
// out of bounds", "memory access out of bounds", "unreachable"), after which the wasm's memory is corrupt
// and every later query fails; DuckDB's own fatal errors invalidate the database until it is restarted.
// DuckDB's "Out of Memory Error" is different: the engine refused one query at its memory limit and lives
// on, but an allocation that failed outside DuckDB's accounting may have hurt it, so it is worth a check.

import { QueryError } from './query-error.ts';

/** 'fatal': the engine is gone or corrupt (restart it); 'memory': a query hit the memory limit (check the engine); 'query': the query's own fault. */
export type EngineErrorKind = 'fatal' | 'memory' | 'query';

/** Emscripten's and the wasm runtime's words for a trap or an abort, at the start of the message. */
const TRAP_MESSAGE =
  /^(RuntimeError: )?(table index is out of bounds|memory access out of bounds|unreachable|Aborted\(|Cannot enlarge memory|null function or function signature mismatch|index out of bounds)/i;

/** DuckDB's own errors that leave the database unusable until it is restarted. */
const FATAL_DUCKDB_MESSAGE = /^(FATAL|INTERNAL) Error:|database has been invalidated/i;

/** DuckDB refused the query at its memory limit (its "Out of Memory Error: …", the first line). */
const OUT_OF_MEMORY_MESSAGE = /^Out of Memory Error:/i;

/** The engine's own error behind `error`: a QueryError's cause, else `error` itself. */
function engineErrorOf(error: unknown): { name: string; message: string } {
  const inner = error instanceof QueryError ? error.cause : error;
  if (inner instanceof Error) return { name: inner.name, message: inner.message };
  return { name: '', message: String(inner) };
}

/** Decides what an error from the engine means for the engine itself (not for the query). */
export function classifyEngineError(error: unknown): EngineErrorKind {
  const { name, message } = engineErrorOf(error);
  // Only the first line: the rest may quote the user's SQL or DuckDB's advice.
  const firstLine = message.split('\n', 1)[0]?.trim() ?? '';
  if (name === 'RuntimeError' || TRAP_MESSAGE.test(firstLine) || FATAL_DUCKDB_MESSAGE.test(firstLine))
    return 'fatal';
  if (OUT_OF_MEMORY_MESSAGE.test(firstLine)) return 'memory';
  return 'query';
}

/** Why the engine is considered stopped. */
export type EngineStopReason = 'worker-error' | 'fatal-error' | 'no-answer';

/** The engine stopped (its worker died, it broke, or it stopped answering): the app must restart it. */
export class EngineStoppedError extends Error {
  readonly reason: EngineStopReason;
  /** What the engine or the browser said, for the technical details. */
  readonly detail: string;

  constructor(reason: EngineStopReason, detail: string) {
    super(`The data engine stopped (${reason}): ${detail}`);
    this.name = 'EngineStoppedError';
    this.reason = reason;
    this.detail = detail;
  }
}
