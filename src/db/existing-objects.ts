// What the engine's main schema holds now: its tables, views and macros, by name.
import type { Connector } from './connector.ts';
import { sql } from './sql.ts';

/** The names of the tables, views and macros in the main schema of the app's own database (derivedStatementsAfter's `existing`); an attached database's are not the app's. */
export async function existingObjectNames(conn: Connector): Promise<Set<string>> {
  const rows = await conn.query<{ name: string }>(sql`
    SELECT table_name AS name FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary
    UNION ALL SELECT view_name FROM duckdb_views() WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
    UNION ALL SELECT function_name FROM duckdb_functions()
      WHERE database_name = current_database() AND schema_name = 'main' AND function_type IN ('macro', 'table_macro')`);
  return new Set(rows.map(({ name }) => name));
}
