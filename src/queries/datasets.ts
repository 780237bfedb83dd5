// Question: which tables are loaded, from where, how many rows, and are they sample data?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { TableName } from '../db/tables.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One loaded table, as recorded by the loader. */
export interface DatasetInfo {
  name: TableName;
  source: string | null;
  isSample: boolean;
  rowCount: number;
  /** ISO timestamp of the load. */
  loadedAt: string;
}

/** Every loaded table, by name. */
export function fetchDatasets(conn: Connector): Promise<DatasetInfo[]> {
  return conn.query<DatasetInfo>(sql`
    SELECT name, source, is_sample AS "isSample", row_count AS "rowCount", loaded_at AS "loadedAt"
    FROM datasets ORDER BY name`);
}

/** The question, its options and hooks (key 'datasets'). */
export const datasetsQuery = defineDataQuery('datasets', fetchDatasets);

/** The loaded tables, once the database is ready. */
export const useDatasets = datasetsQuery.use;
