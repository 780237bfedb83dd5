// Question: how did each of the province's dimension scores move, year by year, and where does the
// definition change (so a line must not be joined across it)?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One PAPI year of one dimension's score for a province. */
export interface DimensionScorePoint {
  /** Dimension code, '1'…'8'. */
  indicator: string;
  year: number;
  score: number;
  /** True when the dimension is defined the same way as the year before (indicator_years). */
  comparableWithPrevious: boolean;
}

/** The province's dimension scores, by dimension then year. */
export function fetchDimensionScores(conn: Connector, provinceCode: string): Promise<DimensionScorePoint[]> {
  return conn.query<DimensionScorePoint>(sql`
    SELECT s.indicator, s.year, s.score,
           iy.comparable_with_previous AS "comparableWithPrevious"
    FROM scores s
    JOIN indicator_years iy ON iy.indicator = s.indicator AND iy.year = s.year
    WHERE s.province_code = ${provinceCode} AND s.level = 'dimension' AND s.score IS NOT NULL
    ORDER BY s.indicator, s.year`);
}

/** The question, its options and hooks (key 'scores-vs-tasks-scores'). */
export const dimensionScoresQuery = defineDataQuery('scores-vs-tasks-scores', fetchDimensionScores);

/** The province's dimension scores, once the database is ready. */
export const useDimensionScores = dimensionScoresQuery.use;
