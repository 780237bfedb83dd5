// The reference data an import is checked against, read from the loaded provinces, indicators and plan tasks,
// with the size limit, so every file the Data view reads is refused above it before parsing.

import type { Connector } from '../../db/connector.ts';
import { sql } from '../../db/sql.ts';
import type { ImportContext } from '../read/import-rows.ts';
import type { ProvinceRef } from '../read/match-province.ts';
import { MAX_IMPORT_FILE_BYTES } from './max-import-file-bytes.ts';

/** Provinces, indicator scales and plan task ids as loaded now, and MAX_IMPORT_FILE_BYTES as the reader's maxBytes. */
export async function fetchImportContext(conn: Connector): Promise<ImportContext> {
  const [provinces, indicators, tasks] = [
    await conn.query<ProvinceRef>(
      sql`SELECT code, coalesce(name_vi, '') AS name_vi, coalesce(name_en, '') AS name_en, kind, nso_code,
                 successor_code, first_year, last_year
          FROM provinces ORDER BY code`,
    ),
    await conn.query<{ code: string; min: number; max: number; name_vi: string; name_en: string }>(
      sql`SELECT code, min, max, name_vi, name_en FROM indicators ORDER BY code`,
    ),
    await conn.query<{ task_id: string }>(sql`SELECT DISTINCT task_id FROM plan_tasks ORDER BY task_id`),
  ];
  const taskIds = tasks.map((task) => task.task_id);
  return { provinces, indicators, taskIds, maxBytes: MAX_IMPORT_FILE_BYTES };
}
