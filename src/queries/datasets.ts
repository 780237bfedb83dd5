// Question: which tables are loaded, from where, how many rows, and are they sample data?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { TableName } from '../db/tables';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

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

/** Query options for fetchDatasets; disabled while `conn` is null. */
export const datasetsQueryOptions = (conn: Connector | null, dataVersion: number) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'datasets', conn, { dataVersion }],
    queryFn: conn === null ? skipToken : () => fetchDatasets(conn),
  });

/** The loaded tables, once the database is ready. */
export function useDatasets() {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(datasetsQueryOptions(connector, dataVersion));
}
