// The second connection the engine offers the SQL console (the connector's openConsoleConnection): a
// type of the engine's, so src/db never imports the console that uses it.

import type { ArrowTableLike } from './arrow-rows.ts';

/** A connection of its own for the console (a transaction there never touches the app's connection). */
export interface ConsoleConnection {
  /** Runs a control statement (BEGIN / ROLLBACK) and discards its result. */
  execute(text: string): Promise<void>;
  /** Runs a query and hands back its result as Arrow batches (and its columns, known even with no rows). */
  send(text: string): Promise<ConsoleBatches>;
  /** Asks the engine to stop the query `send` started; false when nothing was running. */
  cancel(): Promise<boolean>;
  close(): Promise<void>;
}

/** A result being read: its batches, then its fields (read after the batches, when the schema is known). */
export interface ConsoleBatches {
  batches: AsyncIterable<ArrowTableLike> | Iterable<ArrowTableLike>;
  fields: () => ArrowTableLike['schema']['fields'];
}
