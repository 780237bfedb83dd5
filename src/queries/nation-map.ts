// Question: where does every unit of the year's map stand on an indicator (the tile map), or on every
// dimension (the small multiples and the distribution strips)? Standings come from indicator_standing as
// the schema decides them (rank, group, quartile cuts, all within one map and year); units of the map the
// year did not score come back with no score.

import type { Connector } from '../db/connector.ts';
import { sql, type SqlFragment } from '../db/sql.ts';
import type { UnitKind } from '../domain/province-lineage.ts';
import type { IndicatorCode, PapiGroup } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** One unit of the year's map on one indicator; the standing fields are null where it was not scored. */
export interface NationMapRow {
  code: string;
  nameVi: string;
  nameEn: string;
  region: string;
  /** The map the year belongs to (the same on every row). */
  unitKind: UnitKind;
  indicator: IndicatorCode;
  score: number | null;
  rank: number | null;
  scoredCount: number | null;
  group: PapiGroup | null;
  /** The indicator's quartile cuts that year within the map (null only when no unit was scored on it). */
  p25: number | null;
  median: number | null;
  p75: number | null;
}

interface RawRow extends Omit<NationMapRow, 'unitKind'> {
  unitKind: string;
}

// The year's map is the schema's year_map (the league table's too).
const standingSql = (year: number, wanted: SqlFragment) => sql`
  WITH shown_map AS (SELECT year_map(${year}) AS kind),
  wanted AS (${wanted}),
  cuts AS (
    SELECT DISTINCT indicator, p25, median, p75 FROM indicator_standing
    WHERE year = ${year} AND unit_kind = (SELECT kind FROM shown_map)
  )
  SELECT p.code, p.name_vi AS "nameVi", p.name_en AS "nameEn", coalesce(p.region, '') AS region,
         (SELECT kind FROM shown_map) AS "unitKind", w.indicator,
         s.score, s.rank, s.scored_count AS "scoredCount", s.papi_group AS "group",
         c.p25, c.median, c.p75
  FROM provinces p
  CROSS JOIN wanted w
  LEFT JOIN indicator_standing s ON s.province_code = p.code AND s.year = ${year} AND s.indicator = w.indicator
  LEFT JOIN cuts c ON c.indicator = w.indicator
  WHERE coalesce(p.kind, 'old') = (SELECT kind FROM shown_map)
  ORDER BY w.indicator, p.code`;

/** The SQL of one indicator's map (also what "Xem truy vấn" shows). */
export const nationMapSql = (year: number, indicator: IndicatorCode) =>
  standingSql(year, sql`SELECT ${indicator} AS indicator`);

/** The SQL of every dimension the year scored, for the small multiples and the strips. */
export const nationDimensionsMapSql = (year: number) =>
  standingSql(
    year,
    sql`SELECT DISTINCT indicator FROM indicator_standing WHERE year = ${year} AND level = 'dimension'`,
  );

async function fetchRows(conn: Connector, query: SqlFragment): Promise<NationMapRow[]> {
  const rows = await conn.query<RawRow>(query);
  return rows.map((row) => ({ ...row, unitKind: row.unitKind === 'new' ? 'new' : 'old' }));
}

/** Every unit of `year`'s map on `indicator`, in code order. */
export function fetchNationMap(
  conn: Connector,
  year: number,
  indicator: IndicatorCode,
): Promise<NationMapRow[]> {
  return fetchRows(conn, nationMapSql(year, indicator));
}

/** Every unit of `year`'s map on each dimension scored that year, by dimension then code. */
export function fetchNationDimensionsMap(conn: Connector, year: number): Promise<NationMapRow[]> {
  return fetchRows(conn, nationDimensionsMapSql(year));
}

/** The one-indicator question (key 'nation-map'). */
export const nationMapQuery = defineDataQuery('nation-map', fetchNationMap);

/** The every-dimension question (key 'nation-dimensions-map'). */
export const nationDimensionsMapQuery = defineDataQuery('nation-dimensions-map', fetchNationDimensionsMap);
