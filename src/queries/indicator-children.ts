// Question: how did the parts of an indicator move for this province (the total's 8 dimensions, a
// dimension's sub-dimensions), each against its national median?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { IndicatorCode } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One child indicator in one year the data has nationally; score null where the province is unscored. */
export interface IndicatorChildPoint {
  indicator: IndicatorCode;
  year: number;
  score: number | null;
  nationalMedian: number;
  comparableWithPrevious: boolean;
}

/** The children's SQL for one parent, or for every parent (each row then names its parent). */
export function indicatorChildrenSql(provinceCode: string, parent: IndicatorCode | null) {
  const filter = parent === null ? sql`WHERE i.parent IS NOT NULL` : sql`WHERE i.parent = ${parent}`;
  return sql`
    SELECT ${parent === null ? sql`i.parent, ` : sql``}ns.indicator, ns.year, r.score, ns.median AS "nationalMedian",
           iy.comparable_with_previous AS "comparableWithPrevious"
    FROM indicators i
    JOIN national_stats ns ON ns.indicator = i.code
    JOIN indicator_years iy ON iy.indicator = ns.indicator AND iy.year = ns.year
    LEFT JOIN rankings r ON r.indicator = ns.indicator AND r.year = ns.year AND r.province_code = ${provinceCode}
    ${filter}
    ORDER BY ${parent === null ? sql`i.parent, ` : sql``}ns.indicator, ns.year`;
}

/** The children of `parent` (by code), each year it was scored for any province. */
export function fetchIndicatorChildren(
  conn: Connector,
  provinceCode: string,
  parent: IndicatorCode,
): Promise<IndicatorChildPoint[]> {
  return conn.query<IndicatorChildPoint>(indicatorChildrenSql(provinceCode, parent));
}

/** The question, its options and hooks (key 'indicator-children'). */
export const indicatorChildrenQuery = defineDataQuery('indicator-children', fetchIndicatorChildren);

/** The parts of `parent` for the province, once the database is ready. */
export const useIndicatorChildren = indicatorChildrenQuery.use;
