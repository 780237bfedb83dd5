// Question: how does every province of one year's map stand on an indicator and its parts? (the league table)

import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { PapiGroup } from '../domain/types';
import { defineDataQuery } from './define-data-query';
import { groupRowsBy } from './prefetch-indicator-views';

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

/** Where the league tables' roots come from: one bound root, or every root the table can have (the total and each dimension). */
const rootsSql = (root: string | null) =>
  root === null
    ? sql`SELECT code AS root FROM indicators WHERE level IN ('total', 'dimension')`
    : sql`SELECT ${root} AS root`;

/**
 * The league table's SQL (also what "Xem truy vấn" shows): every unit of the map scored that year (the map with
 * the most scored totals, so 34 new units are never listed against 63 old ones) that exists that year, with its
 * standing on `root` (the total or a dimension) and on each of root's parts scored that year; with root null,
 * the tables of every root at once (the column root says which), as the Nationwide view prefetches them.
 */
export const nationLeagueTableSql = (year: number, root: string | null) => sql`
  WITH year_map AS (
    SELECT unit_kind FROM rankings WHERE year = ${year} AND level = 'total'
    GROUP BY unit_kind ORDER BY count(*) DESC, unit_kind LIMIT 1
  ),
  units AS (
    SELECT p.code, p.name_vi, p.name_en, coalesce(p.region, '') AS region
    FROM provinces p
    WHERE coalesce(p.kind, 'old') = (SELECT unit_kind FROM year_map)
      AND coalesce(p.first_year, ${year}) <= ${year} AND coalesce(p.last_year, ${year}) >= ${year}
  ),
  roots AS (${rootsSql(root)}),
  columns AS (
    SELECT r.root, i.code FROM roots r JOIN indicators i ON i.code = r.root OR i.parent = r.root
  ),
  column_standing AS (
    SELECT c.root, s.* FROM columns c
    JOIN indicator_standing s ON s.indicator = c.code AND s.year = ${year}
  )
  SELECT r.root, u.code AS "provinceCode", u.name_vi AS "nameVi", u.name_en AS "nameEn", u.region,
         s.indicator, s.score, s.rank, s.scored_count AS "scoredCount", s.papi_group AS "group",
         s.change, s.comparable_with_previous AS "comparableWithPrevious", s.previous_score AS "previousScore",
         prev.rank AS "previousRank"
  FROM roots r
  CROSS JOIN units u
  LEFT JOIN column_standing s ON s.root = r.root AND s.province_code = u.code
  LEFT JOIN indicator_standing prev
    ON prev.province_code = s.province_code AND prev.indicator = s.indicator AND prev.year = s.year - 1
   AND s.comparable_with_previous
  ORDER BY r.root, u.code, s.indicator`;

/** Every unit of the year's map with its standing on `root` and root's parts that year (long rows). */
export async function fetchNationLeagueTable(
  conn: Connector,
  year: number,
  root: string,
): Promise<NationStandingRow[]> {
  const rows = await conn.query<NationStandingRow & { root: string }>(nationLeagueTableSql(year, root));
  return rows.map(({ root: _root, ...row }) => row);
}

/** Every root's league table of `year` (the total and each dimension), by root. */
export async function fetchNationLeagueTables(
  conn: Connector,
  year: number,
): Promise<Map<string, NationStandingRow[]>> {
  const rows = await conn.query<NationStandingRow & { root: string }>(nationLeagueTableSql(year, null));
  return groupRowsBy(rows, 'root');
}

/** The question, its options and hooks (key 'nation-league-table'). */
export const nationLeagueTableQuery = defineDataQuery('nation-league-table', fetchNationLeagueTable);

/** The league table's rows, once the database is ready. */
export const useNationLeagueTable = nationLeagueTableQuery.use;
