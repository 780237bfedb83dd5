// Question (Data view, before an official workbook is imported): which of the workbook's years already
// have scores in the loaded data, so the user sees what the import would replace.

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** The years among `years` with at least one score row loaded (ascending); one query over their span. */
export async function fetchYearsWithScores(conn: Connector, years: readonly number[]): Promise<number[]> {
  if (years.length === 0) return [];
  const rows = await conn.query<{ year: number }>(sql`
    SELECT DISTINCT year FROM score_rows
    WHERE year BETWEEN ${Math.min(...years)} AND ${Math.max(...years)}
    ORDER BY year`);
  return rows.map((row) => row.year).filter((year) => years.includes(year));
}

/** The question, its options and hooks (key 'years-with-scores'). */
export const yearsWithScoresQuery = defineDataQuery('years-with-scores', fetchYearsWithScores);

/** The workbook's years already scored, once the database is ready. */
export const useYearsWithScores = yearsWithScoresQuery.use;
