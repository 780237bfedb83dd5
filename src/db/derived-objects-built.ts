// Engines the app built every derived object on (DERIVED_OBJECTS), by their connector. An import's swap needs to know
// which derived objects exist (derivedStatementsAfter's `existing`); asking the engine's catalog cost a page's first
// import ~200 ms (duckdb_tables, duckdb_views and duckdb_functions on first use), so it asks only where the app holds
// no record that it built them all. Nothing the app runs drops a derived object (the SQL console cannot).

import type { Connector } from './connector.ts';

const built = new WeakSet<Connector>();

/**
 * Records what a load or import just committed on `conn`: every derived object built (true), or the derived objects
 * left for later (false: a load that leaves them to the caller), after which the catalog is asked again.
 */
export function recordDerivedObjectsBuilt(conn: Connector, everyOne: boolean): void {
  if (everyOne) built.add(conn);
  else built.delete(conn);
}

/** Whether the app built every derived object on `conn` (recordDerivedObjectsBuilt). */
export const everyDerivedObjectBuilt = (conn: Connector): boolean => built.has(conn);
