// A start may leave the engine reading the bundled database in place, attached read-only (ingest/bundled-database.ts):
// no copy, nothing made, so the first answers come sooner. Whatever writes (an import, a load, the SQL console) first
// asks for the engine to be made writable, which copies that database in once.

import type { Connector } from './connector.ts';

const pending = new WeakMap<Connector, () => Promise<void>>();

/** Records how `conn` is made writable: `make` runs once, on the first makeWritable. */
export function setWritableMaker(conn: Connector, make: () => Promise<void>): void {
  let made: Promise<void> | null = null;
  pending.set(conn, () => {
    made ??= make().then(
      () => void pending.delete(conn),
      (error: unknown) => {
        // Reads go on from the attached file; the next write tries again.
        made = null;
        throw error;
      },
    );
    return made;
  });
}

/** Makes `conn` writable if a start left it reading in place; rejects as the copy does (the data stays readable). */
export async function makeWritable(conn: Connector): Promise<void> {
  await pending.get(conn)?.();
}

/** Whether `conn` still reads the bundled database in place (nothing has written yet). */
export const readsInPlace = (conn: Connector): boolean => pending.has(conn);
