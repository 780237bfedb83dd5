// Question: in which years does this province have a total?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** Years (ascending) in which `provinceCode` has a total score. */
export async function fetchScoredYears(conn: Connector, provinceCode: string): Promise<number[]> {
  const rows = await conn.query<{ year: number }>(sql`
    SELECT year FROM scores
    WHERE province_code = ${provinceCode} AND level = 'total'
    ORDER BY year`);
  return rows.map((row) => row.year);
}

/** Query options for fetchScoredYears; disabled while `conn` is null. */
export const scoredYearsQueryOptions = (conn: Connector | null, dataVersion: number, provinceCode: string) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'scored-years', conn, { dataVersion, provinceCode }],
    queryFn: conn === null ? skipToken : () => fetchScoredYears(conn, provinceCode),
  });

/** The province's scored years, once the database is ready. */
export function useScoredYears(provinceCode: string) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(scoredYearsQueryOptions(connector, dataVersion, provinceCode));
}
