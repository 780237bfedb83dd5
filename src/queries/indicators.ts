// Question: what does the index measure? (total, dimensions, sub-dimensions, with names and ranges)

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { Indicator } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** Every indicator: the total first, then dimensions, then sub-dimensions, each by code. */
export function fetchIndicators(conn: Connector): Promise<Indicator[]> {
  return conn.query<Indicator>(sql`
    SELECT code, parent, level, name_vi AS "nameVi", name_en AS "nameEn", min, max,
           first_year AS "firstYear", last_year AS "lastYear"
    FROM indicators
    ORDER BY CASE level WHEN 'total' THEN 0 WHEN 'dimension' THEN 1 ELSE 2 END, code`);
}

/** The question, its options and hooks (key 'indicators'). */
export const indicatorsQuery = defineDataQuery('indicators', fetchIndicators);

/** The indicators, once the database is ready. */
export const useIndicators = indicatorsQuery.use;
