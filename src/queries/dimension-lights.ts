// Question: in which group among provinces does each of the province's dimensions fall this year (its
// traffic light), which fell on the year before, and how far is each from the national median?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { PapiGroup } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** One dimension of a province-year among the provinces scored on it. */
export interface DimensionLightRow {
  indicator: string;
  year: number;
  score: number;
  /** score - previous score, only when the dimension is defined the same way both years. */
  change: number | null;
  rank: number;
  scoredCount: number;
  /** Quartile cuts of the dimension's score among the provinces scored on it that year (p50 = national median). */
  p25: number;
  nationalMedian: number;
  p75: number;
  /** score - nationalMedian (negative: below). */
  gapToMedian: number;
  /** The dimension's group that year, cut like the total's: a score on a cut goes to the upper group. */
  group: PapiGroup;
}

/** The province's dimensions that year, in code order; empty when it has none. */
export function fetchDimensionLights(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<DimensionLightRow[]> {
  return conn.query<DimensionLightRow>(sql`
    SELECT r.indicator, r.year, r.score,
           CASE WHEN coalesce(ic.comparable_with_previous, false) THEN r.score - prev.score END AS change,
           r.rank, r.scored_count AS "scoredCount", ns.p25, ns.median AS "nationalMedian", ns.p75,
           r.score - ns.median AS "gapToMedian",
           CASE WHEN r.score >= ns.p75 THEN 'high'
                WHEN r.score >= ns.median THEN 'upper_middle'
                WHEN r.score >= ns.p25 THEN 'lower_middle'
                ELSE 'low' END AS "group"
    FROM rankings r
    -- Constant years in the join conditions, so the national figures are computed for one year only.
    JOIN national_stats ns ON ns.indicator = r.indicator AND ns.year = ${year}
    LEFT JOIN indicator_comparability ic ON ic.indicator = r.indicator AND ic.year = ${year}
    LEFT JOIN scores prev
      ON prev.province_code = ${provinceCode} AND prev.indicator = r.indicator AND prev.year = ${year - 1}
    WHERE r.province_code = ${provinceCode} AND r.year = ${year} AND r.level = 'dimension'
    ORDER BY CAST(r.indicator AS INTEGER)`);
}

/** Query options for fetchDimensionLights; disabled while `conn` is null. */
export const dimensionLightsQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  year: number,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'dimension-lights', conn, { dataVersion, provinceCode, year }],
    queryFn: conn === null ? skipToken : () => fetchDimensionLights(conn, provinceCode, year),
  });

/** The province's dimension lights for a year, once the database is ready. */
export function useDimensionLights(provinceCode: string, year: number) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(dimensionLightsQueryOptions(connector, dataVersion, provinceCode, year));
}
