// The kept form of an import's checked rows (see canonical-rows.ts), as IndexedDB stores it with the file.

import type { ImportKind } from '../read/recognise-kind.ts';
import type { MergedTable } from './merge-sql.ts';

/** Bumped whenever the canonical CSV's meaning changes (columns, their types, a merge rule the rows rely on). */
export const CANONICAL_ROWS_VERSION = 1;

/** One table's rows of a kept import, as merged. */
export interface CanonicalStep {
  readonly table: MergedTable;
  readonly csv: string;
  /** Whether its rows count as the file's added/replaced (the plans row a plan file implies does not). */
  readonly counted: boolean;
  /** plan_goals: the plans whose goals these rows replace. */
  readonly clearsPlans?: readonly string[];
}

/** The checked rows of one kept import. */
export interface CanonicalRows {
  readonly version: number;
  readonly kind: ImportKind;
  readonly steps: readonly CanonicalStep[];
}
