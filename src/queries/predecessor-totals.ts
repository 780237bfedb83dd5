// Question: what did the old provinces that formed this new province score, year by year? (each its own
// official total, rank and group among the units scored that year; never summed or averaged)

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { PapiGroup } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One predecessor's total in one year. */
export interface PredecessorTotalRow {
  provinceCode: string;
  year: number;
  score: number;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
  dimensionCount: number;
}

/** Every scored year of every old unit whose successor is `provinceCode` (none for an old unit), by code and year. */
export function fetchPredecessorTotals(
  conn: Connector,
  provinceCode: string,
): Promise<PredecessorTotalRow[]> {
  return conn.query<PredecessorTotalRow>(sql`
    SELECT t.province_code AS "provinceCode", t.year, t.score, t.rank, t.scored_count AS "scoredCount",
           t.papi_group AS "group", t.dimension_count AS "dimensionCount"
    FROM provinces p
    JOIN total_standing t ON t.province_code = p.code
    WHERE p.successor_code = ${provinceCode}
    ORDER BY t.province_code, t.year`);
}

/** The question, its options and hooks (key 'predecessor-totals'). */
export const predecessorTotalsQuery = defineDataQuery('predecessor-totals', fetchPredecessorTotals);

/** The predecessors' totals of a new province, once the database is ready. */
export const usePredecessorTotals = predecessorTotalsQuery.use;
