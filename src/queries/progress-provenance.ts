// Question: are the loaded progress figures the bundled illustrative sample, and where do they come from?
// The one place that decides it: every view and figure that shows progress asks this query.

import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import { defineDataQuery } from './define-data-query';

/** Where the loaded progress figures come from, as the `datasets` table records them. */
export interface ProgressProvenance {
  /** True while progress is the bundled illustrative sample (or any file marked as sample). */
  isSample: boolean;
  /** The recorded source of the progress table, e.g. an imported file's name; null if none was recorded. */
  source: string | null;
}

/** The progress table's provenance; not sample (and no source) when no progress table is recorded. */
export async function fetchProgressProvenance(conn: Connector): Promise<ProgressProvenance> {
  const rows = await conn.query<ProgressProvenance>(sql`
    SELECT coalesce(is_sample, false) AS "isSample", source
    FROM datasets WHERE name = 'task_progress'`);
  return rows[0] ?? { isSample: false, source: null };
}

/** The question, its options and hooks (key 'progress-provenance'). */
export const progressProvenanceQuery = defineDataQuery('progress-provenance', fetchProgressProvenance);

/** The progress figures' provenance, once the database is ready. */
export const useProgressProvenance = progressProvenanceQuery.use;
