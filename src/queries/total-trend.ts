// Question: how has this province's total moved, against the national spread and the group bands?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { TotalTrendPoint } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** The trend's SQL (also what "Xem truy vấn" shows). */
export const totalTrendSql = (provinceCode: string) =>
  sql`
    SELECT dc.year, dc.dimension_count AS "dimensionCount",
           iy.comparable_with_previous AS "comparableWithPrevious", r.score, r.rank,
           ns.scored_count AS "scoredCount", ns.median AS "nationalMedian",
           ns.min AS "nationalMin", ns.max AS "nationalMax", ns.p25, ns.median AS p50, ns.p75
    FROM dimension_counts dc
    JOIN national_stats ns ON ns.year = dc.year AND ns.level = 'total'
    JOIN indicator_years iy ON iy.indicator = 'total' AND iy.year = dc.year
    LEFT JOIN rankings r
      ON r.year = dc.year AND r.level = 'total' AND r.province_code = ${provinceCode}
    ORDER BY dc.year`;

/** One point per year in the data (score and rank null where the province is unscored); comparability is the year's structure, whatever the province's scores; the group bands are the national quartiles. */
export function fetchTotalTrend(conn: Connector, provinceCode: string): Promise<TotalTrendPoint[]> {
  return conn.query<TotalTrendPoint>(totalTrendSql(provinceCode));
}

/** The question, its options and hooks (key 'total-trend'). */
export const totalTrendQuery = defineDataQuery('total-trend', fetchTotalTrend);

/** The province's total trend, once the database is ready. */
export const useTotalTrend = totalTrendQuery.use;
