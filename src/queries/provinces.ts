// Question: which provinces are there, on both maps (old units up to 2024, new units from 1 July 2025),
// and how are they related? (sorted by Vietnamese name)

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { MapProvince } from '../domain/province-lineage.ts';
import { defineDataQuery } from './define-data-query.ts';

const VIETNAMESE = new Intl.Collator('vi');

interface ProvinceRow extends Omit<MapProvince, 'predecessorCodes' | 'kind' | 'unitType'> {
  kind: string | null;
  unitType: string | null;
  predecessorCodes: string[] | null;
}

/** All provinces of both maps with their lineage, sorted by Vietnamese name (DuckDB-WASM has no ICU collation, so sorted here). */
export async function fetchProvinces(conn: Connector): Promise<MapProvince[]> {
  const rows = await conn.query<ProvinceRow>(sql`
    SELECT p.code, p.name_vi AS "nameVi", p.name_en AS "nameEn", coalesce(p.region, '') AS region,
           p.kind, nullif(p.nso_code, '') AS "nsoCode", nullif(p.successor_code, '') AS "successorCode",
           p.first_year AS "firstYear", p.last_year AS "lastYear", p.unit_type AS "unitType",
           (SELECT list(o.code ORDER BY o.code) FROM provinces o WHERE o.successor_code = p.code)
             AS "predecessorCodes"
    FROM provinces p`);
  return rows
    .map((row): MapProvince => ({
      ...row,
      // A provinces file without the lineage columns is the old map only.
      kind: row.kind === 'new' ? 'new' : 'old',
      unitType: row.unitType === 'city' ? 'city' : 'province',
      predecessorCodes: [...(row.predecessorCodes ?? [])],
    }))
    .sort((a, b) => VIETNAMESE.compare(a.nameVi, b.nameVi) || a.code.localeCompare(b.code));
}

/** The question, its options and hooks (key 'provinces'). */
export const provincesQuery = defineDataQuery('provinces', fetchProvinces);

/** The provinces, once the database is ready. */
export const useProvinces = provincesQuery.use;
