// Question: how has this province's total moved, against the national spread and the group bands?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { TotalTrendPoint } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** One point per year in the data (score and rank null where the province is unscored); comparability is the year's structure, whatever the province's scores. */
/** The trend's SQL (also what "Xem truy vấn" shows). */
export const totalTrendSql = (provinceCode: string) =>
  sql`
    SELECT dc.year, dc.dimension_count AS "dimensionCount",
           coalesce(ic.comparable_with_previous, false) AS "comparableWithPrevious", r.score, r.rank,
           ns.scored_count AS "scoredCount", ns.median AS "nationalMedian",
           ns.min AS "nationalMin", ns.max AS "nationalMax", gc.p25, gc.p50, gc.p75
    FROM dimension_counts dc
    JOIN national_stats ns ON ns.year = dc.year AND ns.level = 'total'
    JOIN group_cuts gc ON gc.year = dc.year
    LEFT JOIN indicator_comparability ic ON ic.indicator = 'total' AND ic.year = dc.year
    LEFT JOIN rankings r
      ON r.year = dc.year AND r.level = 'total' AND r.province_code = ${provinceCode}
    ORDER BY dc.year`;

export function fetchTotalTrend(conn: Connector, provinceCode: string): Promise<TotalTrendPoint[]> {
  return conn.query<TotalTrendPoint>(totalTrendSql(provinceCode));
}

/** Query options for fetchTotalTrend; disabled while `conn` is null. */
export const totalTrendQueryOptions = (conn: Connector | null, dataVersion: number, provinceCode: string) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'total-trend', conn, { dataVersion, provinceCode }],
    queryFn: conn === null ? skipToken : () => fetchTotalTrend(conn, provinceCode),
  });

/** The province's total trend, once the database is ready. */
export function useTotalTrend(provinceCode: string) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(totalTrendQueryOptions(connector, dataVersion, provinceCode));
}
