// Question: for one indicator, what was the national spread each year, and where does its definition change?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { IndicatorCode } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One year of the data; the national figures are null in years the indicator was not scored (e.g. 5.2 after 2020). */
export interface IndicatorYear {
  year: number;
  scoredCount: number | null;
  nationalMedian: number | null;
  nationalMin: number | null;
  nationalMax: number | null;
  nationalP25: number | null;
  nationalP75: number | null;
  /** False where the indicator is defined differently from the year before, or has no year before (indicator_years): lines break. */
  comparableWithPrevious: boolean;
}

/** The years' SQL for one indicator, or for every indicator (each row then names its indicator). */
export function indicatorYearsSql(indicator: IndicatorCode | null) {
  return sql`
    SELECT ${indicator === null ? sql`iy.indicator, ` : sql``}iy.year, ns.scored_count AS "scoredCount",
           ns.median AS "nationalMedian", ns.min AS "nationalMin", ns.max AS "nationalMax",
           ns.p25 AS "nationalP25", ns.p75 AS "nationalP75",
           iy.comparable_with_previous AS "comparableWithPrevious"
    FROM indicator_years iy
    JOIN dimension_counts dc ON dc.year = iy.year
    LEFT JOIN national_stats ns ON ns.year = iy.year AND ns.indicator = iy.indicator
    ${indicator === null ? sql`` : sql`WHERE iy.indicator = ${indicator}`}
    ORDER BY ${indicator === null ? sql`iy.indicator, ` : sql``}iy.year`;
}

/** Every year in the data (so the axis always spans 2011 to the latest), ascending. */
export function fetchIndicatorYears(conn: Connector, indicator: IndicatorCode): Promise<IndicatorYear[]> {
  return conn.query<IndicatorYear>(indicatorYearsSql(indicator));
}

/** The question, its options and hooks (key 'indicator-years'). */
export const indicatorYearsQuery = defineDataQuery('indicator-years', fetchIndicatorYears);

/** The indicator's national spread by year, once the database is ready. */
export const useIndicatorYears = indicatorYearsQuery.use;
