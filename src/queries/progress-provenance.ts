// Question: are the loaded progress figures the bundled illustrative sample, and where do they come from?
// The schema decides it once (the progress_provenance view); every view and figure that shows progress asks this query.

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { ProgressProvenance } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

export type { ProgressProvenance } from '../domain/types.ts';

/** The progress table's provenance; not sample (and no source) when no progress table is recorded. */
export async function fetchProgressProvenance(conn: Connector): Promise<ProgressProvenance> {
  const [row] = await conn.query<ProgressProvenance>(sql`
    SELECT is_sample AS "isSample", source FROM progress_provenance`);
  if (row === undefined) throw new Error('progress_provenance has no row');
  return row;
}

/** The question, its options and hooks (key 'progress-provenance'). */
export const progressProvenanceQuery = defineDataQuery('progress-provenance', fetchProgressProvenance);

/** The progress figures' provenance, once the database is ready. */
export const useProgressProvenance = progressProvenanceQuery.use;
