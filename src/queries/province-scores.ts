// Question: every score of this province (for heatmaps of dimensions × years and small multiples).

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { IndicatorCode, IndicatorLevel } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One scored indicator of a province in a year, with its rank. Unscored cells have no row. */
export interface ProvinceScore {
  year: number;
  indicator: IndicatorCode;
  level: IndicatorLevel;
  score: number;
  rank: number;
  scoredCount: number;
}

/** The scores' SQL (also what "Xem truy vấn" shows). */
export const provinceScoresSql = (provinceCode: string, level: IndicatorLevel) =>
  sql`
    SELECT year, indicator, level, score, rank, scored_count AS "scoredCount"
    FROM rankings
    WHERE province_code = ${provinceCode} AND level = ${level}
    ORDER BY year, indicator`;

/** All the province's scores at `level`, by year then indicator code. */
export function fetchProvinceScores(
  conn: Connector,
  provinceCode: string,
  level: IndicatorLevel,
): Promise<ProvinceScore[]> {
  return conn.query<ProvinceScore>(provinceScoresSql(provinceCode, level));
}

/** The question, its options and hooks (key 'province-scores'). */
export const provinceScoresQuery = defineDataQuery('province-scores', fetchProvinceScores);

/** The province's scores at one level, once the database is ready. */
export const useProvinceScores = provinceScoresQuery.use;
