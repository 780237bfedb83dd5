// Question: how has one dimension or sub-dimension moved for this province, against the national spread?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { IndicatorCode } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** One year of an indicator for a province, with the national spread (score null where unscored). */
export interface IndicatorTrendPoint {
  year: number;
  indicator: IndicatorCode;
  score: number | null;
  rank: number | null;
  scoredCount: number;
  nationalMedian: number;
  nationalMin: number;
  nationalMax: number;
  nationalP25: number;
  nationalP75: number;
  /** Dimensions that year (6 before 2018, 8 from 2018): a series must break where it changes. */
  dimensionCount: number;
  /** False where the indicator is defined differently from the year before (or there is no year before): a series breaks there. */
  comparableWithPrevious: boolean;
}

/** Every year in which `indicator` was scored for any province, ascending. */
export function fetchIndicatorTrend(
  conn: Connector,
  provinceCode: string,
  indicator: IndicatorCode,
): Promise<IndicatorTrendPoint[]> {
  return conn.query<IndicatorTrendPoint>(sql`
    SELECT ns.year, ns.indicator, r.score, r.rank, ns.scored_count AS "scoredCount",
           ns.median AS "nationalMedian", ns.min AS "nationalMin", ns.max AS "nationalMax",
           ns.p25 AS "nationalP25", ns.p75 AS "nationalP75", dc.dimension_count AS "dimensionCount",
           coalesce(ic.comparable_with_previous, false) AS "comparableWithPrevious"
    FROM national_stats ns
    JOIN dimension_counts dc ON dc.year = ns.year
    LEFT JOIN indicator_comparability ic ON ic.indicator = ns.indicator AND ic.year = ns.year
    LEFT JOIN rankings r
      ON r.year = ns.year AND r.indicator = ns.indicator AND r.province_code = ${provinceCode}
    WHERE ns.indicator = ${indicator}
    ORDER BY ns.year`);
}

/** Query options for fetchIndicatorTrend; disabled while `conn` is null. */
export const indicatorTrendQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  indicator: IndicatorCode,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'indicator-trend', conn, { dataVersion, provinceCode, indicator }],
    queryFn: conn === null ? skipToken : () => fetchIndicatorTrend(conn, provinceCode, indicator),
  });

/** The indicator's trend for the province, once the database is ready. */
export function useIndicatorTrend(provinceCode: string, indicator: IndicatorCode) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(indicatorTrendQueryOptions(connector, dataVersion, provinceCode, indicator));
}
