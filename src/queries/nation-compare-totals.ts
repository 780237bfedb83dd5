// Question: how did the chosen provinces' totals move over the years, and where does the series break?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';
import { compareEntriesSql } from './nation-compare-entries-sql.ts';

/** One entry's total in one year, and whether it compares with the year before (total_standing's rule). */
export interface CompareTotalRow {
  entryCode: string;
  forCode: string;
  year: number;
  total: number;
  comparableWithPrevious: boolean;
}

/** The totals' SQL: every scored year of every entry, entries in chosen order, years ascending. */
export const compareTotalsSql = (codes: readonly string[]) => sql`
  WITH entries AS (${compareEntriesSql(codes)})
  SELECT e.entry_code AS "entryCode", e.for_code AS "forCode", s.year, s.score AS total,
         s.comparable_with_previous AS "comparableWithPrevious"
  FROM entries e
  JOIN total_standing s ON s.province_code = e.entry_code
  ORDER BY e.position, s.year`;

/** The chosen provinces' (and stand-in predecessors') totals over the years; none for no codes. */
export async function fetchCompareTotals(
  conn: Connector,
  codes: readonly string[],
): Promise<CompareTotalRow[]> {
  if (codes.length === 0) return [];
  return conn.query<CompareTotalRow>(compareTotalsSql(codes));
}

/** The question, its options and hooks (key 'nation-compare-totals'). */
export const compareTotalsQuery = defineDataQuery('nation-compare-totals', fetchCompareTotals);

/** The compared totals, once the database is ready. */
export const useCompareTotals = compareTotalsQuery.use;
