// Question: how does every province of one year's map stand on an indicator and its parts? (the league table)

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { PapiGroup } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One province and one column of the league table; a province scored on none of them has one row with indicator null. */
export interface NationStandingRow {
  provinceCode: string;
  nameVi: string;
  nameEn: string;
  region: string;
  /** The column: the root indicator or one of its parts; null for a province without any of their scores that year. */
  indicator: string | null;
  score: number | null;
  rank: number | null;
  scoredCount: number | null;
  group: PapiGroup | null;
  /** Change on the year before, only where indicator_standing says the two compare. */
  change: number | null;
  comparableWithPrevious: boolean | null;
  /** The score the year before, whatever its definition (null: not scored then). */
  previousScore: number | null;
  /** The rank the year before, only where the two years compare. */
  previousRank: number | null;
}

/**
 * The league table's SQL (also what "Xem truy vấn" shows): every unit of the year's map (the schema's year_map, the
 * tile map's too, so 34 new units are never listed against 63 old ones) that exists that year, with its
 * standing on `root` (the total or a dimension) and on each of root's parts scored that year. The previous
 * year's row is joined on equalities only, so DuckDB hashes the join (with the comparability test in the ON
 * clause it compared every pair of rows: 250 ms instead of 45 ms in the tests' engine); its rank is kept only
 * where the two years compare.
 */
export const nationLeagueTableSql = (year: number, root: string) => sql`
  WITH units AS (
    SELECT p.code, p.name_vi, p.name_en, coalesce(p.region, '') AS region
    FROM provinces p
    WHERE coalesce(p.kind, 'old') = year_map(${year})
      AND coalesce(p.first_year, ${year}) <= ${year} AND coalesce(p.last_year, ${year}) >= ${year}
  ),
  columns AS (
    SELECT code FROM indicators WHERE code = ${root} OR parent = ${root}
  )
  SELECT u.code AS "provinceCode", u.name_vi AS "nameVi", u.name_en AS "nameEn", u.region,
         s.indicator, s.score, s.rank, s.scored_count AS "scoredCount", s.papi_group AS "group",
         s.change, s.comparable_with_previous AS "comparableWithPrevious", s.previous_score AS "previousScore",
         CASE WHEN s.comparable_with_previous THEN prev.rank END AS "previousRank"
  FROM units u
  LEFT JOIN indicator_standing s
    ON s.province_code = u.code AND s.year = ${year} AND s.indicator IN (SELECT code FROM columns)
  LEFT JOIN indicator_standing prev
    ON prev.province_code = s.province_code AND prev.indicator = s.indicator AND prev.year = s.year - 1
  ORDER BY u.code, s.indicator`;

/** Every unit of the year's map with its standing on `root` and root's parts that year (long rows). */
export function fetchNationLeagueTable(
  conn: Connector,
  year: number,
  root: string,
): Promise<NationStandingRow[]> {
  return conn.query<NationStandingRow>(nationLeagueTableSql(year, root));
}

/** The question, its options and hooks (key 'nation-league-table'). */
export const nationLeagueTableQuery = defineDataQuery('nation-league-table', fetchNationLeagueTable);

/** The league table's rows, once the database is ready. */
export const useNationLeagueTable = nationLeagueTableQuery.use;
