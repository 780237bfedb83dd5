// An import's checked rows as a backup holds them (imports/NNNN.rows.json), read back strictly: the shape
// CanonicalRows has, a kind an import can have, and tables an import can write. Whether this app can apply them
// as they are (their version, each table's columns) is canonical-rows.ts's rule, asked afterwards.
import type { CanonicalRows, CanonicalStep } from '../../ingest/apply/canonical-rows-format.ts';
import { MERGE_KEYS, type MergedTable } from '../../ingest/apply/merge-sql.ts';
import { IMPORT_KINDS, type ImportKind } from '../../ingest/read/recognise-kind.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKind = (value: unknown): value is ImportKind => (IMPORT_KINDS as readonly unknown[]).includes(value);

const isMergedTable = (value: unknown): value is MergedTable =>
  typeof value === 'string' && Object.hasOwn(MERGE_KEYS, value);

function parseStep(value: unknown): CanonicalStep | null {
  if (!isObject(value)) return null;
  const { table, csv, counted, clearsPlans } = value;
  if (!isMergedTable(table) || typeof csv !== 'string' || typeof counted !== 'boolean') return null;
  if (clearsPlans === undefined) return { table, csv, counted };
  const plans = Array.isArray(clearsPlans) ? clearsPlans : null;
  if (plans === null || !plans.every((plan) => typeof plan === 'string')) return null;
  return { table, csv, counted, clearsPlans: plans as string[] };
}

/** The rows entry's CanonicalRows, or null when its bytes are not one (not UTF-8 JSON, or another shape). */
export function parseCanonicalRows(bytes: Uint8Array | undefined): CanonicalRows | null {
  if (bytes === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (!isObject(value) || !Number.isInteger(value.version) || !isKind(value.kind)) return null;
  if (!Array.isArray(value.steps) || value.steps.length === 0) return null;
  const steps = value.steps.map(parseStep);
  if (!steps.every((step): step is CanonicalStep => step !== null)) return null;
  return { version: value.version as number, kind: value.kind, steps };
}
