// The provinces compared side by side as entries, decided here once for both compare queries: each chosen
// code stands for itself, and a new (2025) unit's predecessors stand in beside it as entries of their own
// (never averaged); an entry without a score simply has no rows.
import { sql, sqlJoin, type SqlFragment } from '../db/sql.ts';

/** A CTE body listing (entry_code, for_code, position): `position` keeps the chosen order, predecessors after their unit. */
export function compareEntriesSql(codes: readonly string[]): SqlFragment {
  const chosen = sqlJoin(codes.map((code, index) => sql`(${code}, ${index})`));
  return sql`
    SELECT c.code AS entry_code, c.code AS for_code, c.position * 100 AS position
    FROM (VALUES ${chosen}) AS c(code, position)
    UNION ALL
    SELECT p.code, c.code, c.position * 100 + row_number() OVER (PARTITION BY c.code ORDER BY p.code)
    FROM (VALUES ${chosen}) AS c(code, position)
    JOIN provinces n ON n.code = c.code AND n.kind = 'new'
    JOIN provinces p ON p.successor_code = n.code AND p.code <> n.code`;
}
