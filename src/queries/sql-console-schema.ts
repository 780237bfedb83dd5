// Question (SQL console): which tables and views are loaded, with their columns and types, for the schema
// panel and the editor's completion.

import type { Connector } from '../db/connector.ts';
import { makeWritable } from '../db/engine-writable.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One table or view of the main schema. */
export interface SchemaRelation {
  name: string;
  kind: 'table' | 'view';
  columns: { name: string; type: string }[];
}

interface SchemaColumnRow {
  table_name: string;
  table_type: string;
  column_name: string;
  data_type: string;
}

/** Every table and view of the main schema with its columns in order, tables by name. */
export async function fetchConsoleSchema(conn: Connector): Promise<SchemaRelation[]> {
  // The console's connection opens on the in-memory database: its tables, not the bundled file read in place.
  await makeWritable(conn);
  const rows = await conn.query<SchemaColumnRow>(sql`
    SELECT c.table_name, t.table_type, c.column_name, c.data_type
    FROM information_schema.columns c
    JOIN information_schema.tables t
      ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = ${'main'}
    ORDER BY c.table_name, c.ordinal_position`);
  const relations = new Map<string, SchemaRelation>();
  for (const row of rows) {
    let relation = relations.get(row.table_name);
    if (relation === undefined) {
      relation = { name: row.table_name, kind: row.table_type === 'VIEW' ? 'view' : 'table', columns: [] };
      relations.set(row.table_name, relation);
    }
    relation.columns.push({ name: row.column_name, type: row.data_type });
  }
  return [...relations.values()];
}

/** The question, its options and hooks (key 'console-schema'). */
export const consoleSchemaQuery = defineDataQuery('console-schema', fetchConsoleSchema);

/** The loaded tables and views with their columns, once the database is ready and `enabled`. */
export const useConsoleSchemaWhen = consoleSchemaQuery.useWhen;
