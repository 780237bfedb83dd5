// Question: how did every province score on one indicator each year? The one panel the Dimensions view's
// trend (province and peers) and rank table share, so switching peers never queries again.

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { IndicatorCode, PapiGroup } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** One scored province-year of the indicator; unscored province-years have no row (missing is never 0). */
export interface IndicatorPanelRow {
  provinceCode: string;
  year: number;
  score: number;
  rank: number;
  scoredCount: number;
  /** Quartile group of this indicator's score among the provinces scored that year (a score on a cut goes up). */
  papiGroup: PapiGroup;
}

/** The panel's SQL for one indicator, or for every indicator (each row then names its indicator). */
export function indicatorPanelSql(indicator: IndicatorCode | null) {
  const filter = indicator === null ? sql`` : sql`WHERE indicator = ${indicator}`;
  return sql`
    WITH scored AS (
      SELECT indicator, province_code, year, score, rank, scored_count FROM rankings ${filter}
    ),
    cuts AS (
      SELECT indicator, year, quantile_cont(score, 0.25) AS p25, quantile_cont(score, 0.5) AS p50,
             quantile_cont(score, 0.75) AS p75
      FROM scored GROUP BY indicator, year
    )
    SELECT ${indicator === null ? sql`s.indicator, ` : sql``}s.province_code AS "provinceCode", s.year, s.score,
           s.rank, s.scored_count AS "scoredCount",
           CASE WHEN s.score >= c.p75 THEN 'high' WHEN s.score >= c.p50 THEN 'upper_middle'
                WHEN s.score >= c.p25 THEN 'lower_middle' ELSE 'low' END AS "papiGroup"
    FROM scored s JOIN cuts c ON c.indicator = s.indicator AND c.year = s.year
    ORDER BY ${indicator === null ? sql`s.indicator, ` : sql``}s.year, s.province_code`;
}

/** Every province's score, rank and group on `indicator`, by year then province code. */
export function fetchIndicatorPanel(conn: Connector, indicator: IndicatorCode): Promise<IndicatorPanelRow[]> {
  return conn.query<IndicatorPanelRow>(indicatorPanelSql(indicator));
}

/** Query options for fetchIndicatorPanel; disabled while `conn` is null. */
export const indicatorPanelQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  indicator: IndicatorCode,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'indicator-panel', conn, { dataVersion, indicator }],
    queryFn: conn === null ? skipToken : () => fetchIndicatorPanel(conn, indicator),
  });

/** All provinces' scores of the indicator, once the database is ready. */
export function useIndicatorPanel(indicator: IndicatorCode) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(indicatorPanelQueryOptions(connector, dataVersion, indicator));
}
