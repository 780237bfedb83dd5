// Question: what does the index measure? (total, dimensions, sub-dimensions, with names and ranges)

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { Indicator } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** Every indicator: the total first, then dimensions, then sub-dimensions, each by code. */
export function fetchIndicators(conn: Connector): Promise<Indicator[]> {
  return conn.query<Indicator>(sql`
    SELECT code, parent, level, name_vi AS "nameVi", name_en AS "nameEn", min, max,
           first_year AS "firstYear", last_year AS "lastYear"
    FROM indicators
    ORDER BY CASE level WHEN 'total' THEN 0 WHEN 'dimension' THEN 1 ELSE 2 END, code`);
}

/** Query options for fetchIndicators; disabled while `conn` is null. */
export const indicatorsQueryOptions = (conn: Connector | null, dataVersion: number) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'indicators', conn, { dataVersion }],
    queryFn: conn === null ? skipToken : () => fetchIndicators(conn),
  });

/** The indicators, once the database is ready. */
export function useIndicators() {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(indicatorsQueryOptions(connector, dataVersion));
}
