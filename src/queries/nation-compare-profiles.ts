// Question: how do the chosen provinces' dimension profiles compare in one year?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { PapiGroup } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';
import { compareEntriesSql } from './nation-compare-entries-sql.ts';

/** One entry's score on one dimension (or the total) in the year. */
export interface CompareProfileRow {
  /** The province whose score this is (a predecessor when it stands in for a new unit). */
  entryCode: string;
  /** The chosen province it answers for (itself, or the new unit a predecessor stands in for). */
  forCode: string;
  indicator: string;
  level: 'total' | 'dimension';
  score: number;
  rank: number;
  scoredCount: number;
  group: PapiGroup;
}

/** The profiles' SQL: the total and the dimensions of every entry scored that year, entries in chosen order. */
export const compareProfilesSql = (codes: readonly string[], year: number) => sql`
  WITH entries AS (${compareEntriesSql(codes)})
  SELECT e.entry_code AS "entryCode", e.for_code AS "forCode", s.indicator, s.level, s.score, s.rank,
         s.scored_count AS "scoredCount", s.papi_group AS "group"
  FROM entries e
  JOIN indicator_standing s ON s.province_code = e.entry_code AND s.year = ${year}
  WHERE s.level IN ('total', 'dimension')
  ORDER BY e.position, s.level DESC, s.indicator`;

/** The chosen provinces' (and stand-in predecessors') totals and dimensions in `year`; none for no codes. */
export async function fetchCompareProfiles(
  conn: Connector,
  codes: readonly string[],
  year: number,
): Promise<CompareProfileRow[]> {
  if (codes.length === 0) return [];
  return conn.query<CompareProfileRow>(compareProfilesSql(codes, year));
}

/** The question, its options and hooks (key 'nation-compare-profiles'). */
export const compareProfilesQuery = defineDataQuery('nation-compare-profiles', fetchCompareProfiles);

/** The compared profiles, once the database is ready. */
export const useCompareProfiles = compareProfilesQuery.use;
