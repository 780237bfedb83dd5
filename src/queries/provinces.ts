// Question: which provinces are there? (sorted by Vietnamese name)

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { Province } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

const VIETNAMESE = new Intl.Collator('vi');

/** All provinces, sorted by Vietnamese name (DuckDB-WASM has no ICU collation, so sorted here). */
export async function fetchProvinces(conn: Connector): Promise<Province[]> {
  const rows = await conn.query<Province>(
    sql`SELECT code, name_vi AS "nameVi", name_en AS "nameEn", region FROM provinces`,
  );
  return rows.sort((a, b) => VIETNAMESE.compare(a.nameVi, b.nameVi) || a.code.localeCompare(b.code));
}

/** Query options for fetchProvinces; disabled while `conn` is null. */
export const provincesQueryOptions = (conn: Connector | null, dataVersion: number) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'provinces', conn, { dataVersion }],
    queryFn: conn === null ? skipToken : () => fetchProvinces(conn),
  });

/** The provinces, once the database is ready. */
export function useProvinces() {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(provincesQueryOptions(connector, dataVersion));
}
