// Question: where does this province stand this year? (total, change, rank, group)

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { ProvinceYearSummary } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** The headline's SQL, with `provinceCode` and `year` bound. */
export const provinceYearSummarySql = (provinceCode: string, year: number) => sql`
    SELECT province_code AS "provinceCode", year, score AS total, previous_score AS "previousTotal",
           comparable_with_previous AS "comparableWithPrevious", change, rank, scored_count AS "scoredCount",
           papi_group AS "group", dimension_count AS "dimensionCount", source,
           next_group_threshold AS "nextGroupThreshold"
    FROM total_standing
    WHERE province_code = ${provinceCode} AND year = ${year}`;

/** The province's total, previous year's total (and whether it is comparable), rank, group, next group's cut and source; null if unscored that year. */
export async function fetchProvinceYearSummary(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<ProvinceYearSummary | null> {
  const rows = await conn.query<ProvinceYearSummary>(provinceYearSummarySql(provinceCode, year));
  return rows[0] ?? null;
}

/** The question, its options and hooks (key 'province-year-summary'). */
export const provinceYearSummaryQuery = defineDataQuery('province-year-summary', fetchProvinceYearSummary);

/** The province-year headline, once the database is ready. */
export const useProvinceYearSummary = provinceYearSummaryQuery.use;
