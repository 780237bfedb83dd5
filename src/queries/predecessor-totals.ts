// Question: what did the old provinces that formed this new province score, year by year? (each its own
// official total, rank and group among the units scored that year; never summed or averaged)

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { PapiGroup } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** One predecessor's total in one year. */
export interface PredecessorTotalRow {
  provinceCode: string;
  year: number;
  score: number;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
  dimensionCount: number;
}

/** Every scored year of every old unit whose successor is `provinceCode` (none for an old unit), by code and year. */
export function fetchPredecessorTotals(
  conn: Connector,
  provinceCode: string,
): Promise<PredecessorTotalRow[]> {
  return conn.query<PredecessorTotalRow>(sql`
    SELECT r.province_code AS "provinceCode", r.year, r.score, r.rank, r.scored_count AS "scoredCount",
           g.papi_group AS "group", dc.dimension_count AS "dimensionCount"
    FROM provinces p
    JOIN rankings r ON r.province_code = p.code AND r.level = 'total'
    JOIN groups g ON g.province_code = r.province_code AND g.year = r.year
    JOIN dimension_counts dc ON dc.year = r.year
    WHERE p.successor_code = ${provinceCode}
    ORDER BY r.province_code, r.year`);
}

/** Query options for fetchPredecessorTotals; disabled while `conn` is null. */
export const predecessorTotalsQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'predecessor-totals', conn, { dataVersion, provinceCode }],
    queryFn: conn === null ? skipToken : () => fetchPredecessorTotals(conn, provinceCode),
  });

/** The predecessors' totals of a new province, once the database is ready. */
export function usePredecessorTotals(provinceCode: string) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(predecessorTotalsQueryOptions(connector, dataVersion, provinceCode));
}
