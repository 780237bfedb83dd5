// Question: in which years does this province have a total, among all the years in the data?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** A year of the data and whether the province has a total score in it. */
export interface YearOption {
  year: number;
  hasScore: boolean;
}

/** Years (ascending) in which `provinceCode` has a total score. */
export async function fetchScoredYears(conn: Connector, provinceCode: string): Promise<number[]> {
  const rows = await conn.query<{ year: number }>(sql`
    SELECT year FROM scores
    WHERE province_code = ${provinceCode} AND level = 'total'
    ORDER BY year`);
  return rows.map((row) => row.year);
}

/** The year options' SQL, with `provinceCode` bound. */
export const yearOptionsSql = (provinceCode: string) => sql`
    SELECT year,
      bool_or(province_code = ${provinceCode} AND level = 'total' AND score IS NOT NULL) AS "hasScore"
    FROM scores
    GROUP BY year
    ORDER BY year`;

/** Every year with any score in the data (ascending), each saying whether `provinceCode` has a total then. */
export async function fetchYearOptions(conn: Connector, provinceCode: string): Promise<YearOption[]> {
  return conn.query<YearOption>(yearOptionsSql(provinceCode));
}

/** The years of the options that have a score. */
export const scoredYearsOf = (options: readonly YearOption[]): number[] =>
  options.filter((option) => option.hasScore).map((option) => option.year);

/**
 * One unit's year options under its two codes (a unit the 2025 merger left whole): a year has a score when either
 * code has one. Undefined while either is loading; `other` null when the unit has one code.
 */
export function mergeYearOptions(
  own: readonly YearOption[] | undefined,
  other: readonly YearOption[] | null | undefined,
): readonly YearOption[] | undefined {
  if (other === null) return own;
  if (own === undefined || other === undefined) return undefined;
  const scored = new Set(scoredYearsOf(other));
  return own.map((option) => ({ year: option.year, hasScore: option.hasScore || scored.has(option.year) }));
}

/** The question, its options and hooks (key 'year-options'). */
export const yearOptionsQuery = defineDataQuery('year-options', fetchYearOptions);

/** Every year of the data with whether the province has a score then, once the database is ready. */
export const useYearOptions = yearOptionsQuery.use;
