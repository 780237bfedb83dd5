import type { ConsoleConnection } from './console-connection.ts';
import type { SqlQuery } from './sql.ts';

/** A plain result row: column name → JS value (numbers are numbers, never BigInt). */
export type Row = Record<string, unknown>;

/** The one way the app talks to a database engine (DuckDB-WASM in a worker, or DuckDB in Node tests). */
export interface Connector {
  /** Runs one statement with bound params (or a parameterless script) and returns plain rows. */
  query<T = Row>(query: SqlQuery): Promise<T[]>;
  /** Makes `text` readable by SQL (e.g. `read_csv`) under the file name `name`. */
  registerFileText(name: string, text: string): Promise<void>;
  /** Makes UTF-8 `bytes` readable by SQL under the file name `name` (the buffer may be transferred: don't reuse it). */
  registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
  /**
   * Makes the browser's file `blob` readable by SQL under the file name `name`, read by the engine itself when
   * SQL reads it (nothing is read or copied on the page).
   */
  registerFileBlob(name: string, blob: Blob): Promise<void>;
  /** Forgets a file registered with `registerFileText`, `registerFileBuffer` or `registerFileBlob`. */
  dropFile(name: string): Promise<void>;
  /** Releases the connection and the engine. */
  close(): Promise<void>;
  /**
   * Stops the engine at once, without waiting for what is pending (a dead or stuck engine, before a restart);
   * later calls fail. Absent where the engine cannot be stopped from outside (Node tests).
   */
  terminate?: () => void;
  /**
   * A separate connection for the SQL console (its rolled-back transactions and cancellable runs never touch
   * the app's connection); absent where the engine cannot offer one.
   */
  openConsoleConnection?: () => Promise<ConsoleConnection>;
  /** A connector sits in react-query keys (so the queryFn's inputs are all in the key); it hashes as this id. */
  toJSON(): string;
}

let nextConnectorId = 1;

/** A fresh id for a connector's `toJSON`, e.g. 'duckdb-wasm#1'. */
export function nextConnectorName(kind: string): string {
  const id = nextConnectorId;
  nextConnectorId += 1;
  return `${kind}#${id}`;
}
