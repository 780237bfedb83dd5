// Question: how did every province score on one indicator each year? The one panel the Dimensions view's
// trend (province and peers) and rank table share, so switching peers never queries again.

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { IndicatorCode, PapiGroup } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

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
    SELECT ${indicator === null ? sql`indicator, ` : sql``}province_code AS "provinceCode", year, score, rank,
           scored_count AS "scoredCount", papi_group AS "papiGroup"
    FROM indicator_standing ${filter}
    ORDER BY ${indicator === null ? sql`indicator, ` : sql``}year, province_code`;
}

/** Every province's score, rank and group on `indicator`, by year then province code. */
export function fetchIndicatorPanel(conn: Connector, indicator: IndicatorCode): Promise<IndicatorPanelRow[]> {
  return conn.query<IndicatorPanelRow>(indicatorPanelSql(indicator));
}

/** The question, its options and hooks (key 'indicator-panel'). */
export const indicatorPanelQuery = defineDataQuery('indicator-panel', fetchIndicatorPanel);

/** All provinces' scores of the indicator, once the database is ready. */
export const useIndicatorPanel = indicatorPanelQuery.use;
