// Question: in which group among provinces does each of the province's dimensions fall this year (its
// traffic light), which fell on the year before, and how far is each from the national median?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { PapiGroup } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One dimension of a province-year among the provinces scored on it. */
export interface DimensionLightRow {
  indicator: string;
  year: number;
  score: number;
  /** score - previous score, only when the dimension is defined the same way both years. */
  change: number | null;
  rank: number;
  scoredCount: number;
  /** Quartile cuts of the dimension's score among the provinces scored on it that year (p50 = national median). */
  p25: number;
  nationalMedian: number;
  p75: number;
  /** score - nationalMedian (negative: below). */
  gapToMedian: number;
  /** The dimension's group that year, cut like the total's: a score on a cut goes to the upper group. */
  group: PapiGroup;
}

/** The province's dimensions that year, in code order; empty when it has none. */
export function fetchDimensionLights(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<DimensionLightRow[]> {
  return conn.query<DimensionLightRow>(sql`
    SELECT indicator, year, score, change, rank, scored_count AS "scoredCount", p25,
           median AS "nationalMedian", p75, gap_to_median AS "gapToMedian", papi_group AS "group"
    FROM indicator_standing
    WHERE province_code = ${provinceCode} AND year = ${year} AND level = 'dimension'
    ORDER BY CAST(indicator AS INTEGER)`);
}

/** The question, its options and hooks (key 'dimension-lights'). */
export const dimensionLightsQuery = defineDataQuery('dimension-lights', fetchDimensionLights);

/** The province's dimension lights for a year, once the database is ready. */
export const useDimensionLights = dimensionLightsQuery.use;
