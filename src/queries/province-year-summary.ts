// Question: where does this province stand this year? (total, change, rank, group)

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { ProvinceYearSummary } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** The province's total, previous year's total (and whether it is comparable), rank, group, next group's cut and source; null if unscored that year. */
export async function fetchProvinceYearSummary(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<ProvinceYearSummary | null> {
  const rows = await conn.query<ProvinceYearSummary>(sql`
    SELECT r.province_code AS "provinceCode", r.year, r.score AS total, prev.score AS "previousTotal",
           prev.score IS NOT NULL AND coalesce(ic.comparable_with_previous, false) AS "comparableWithPrevious",
           r.rank, r.scored_count AS "scoredCount", g.papi_group AS "group",
           dc.dimension_count AS "dimensionCount", r.source,
           g.next_group_threshold AS "nextGroupThreshold"
    FROM rankings r
    JOIN groups g ON g.province_code = r.province_code AND g.year = r.year
    JOIN dimension_counts dc ON dc.year = r.year
    LEFT JOIN indicator_comparability ic ON ic.indicator = 'total' AND ic.year = r.year
    LEFT JOIN scores prev
      ON prev.province_code = r.province_code AND prev.year = r.year - 1 AND prev.level = 'total'
    WHERE r.province_code = ${provinceCode} AND r.year = ${year} AND r.level = 'total'`);
  return rows[0] ?? null;
}

/** Query options for fetchProvinceYearSummary; disabled while `conn` is null. */
export const provinceYearSummaryQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  year: number,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'province-year-summary', conn, { dataVersion, provinceCode, year }],
    queryFn: conn === null ? skipToken : () => fetchProvinceYearSummary(conn, provinceCode, year),
  });

/** The province-year headline, once the database is ready. */
export function useProvinceYearSummary(provinceCode: string, year: number) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(provinceYearSummaryQueryOptions(connector, dataVersion, provinceCode, year));
}
