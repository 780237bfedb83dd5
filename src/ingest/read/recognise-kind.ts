// What a file is, from its header row alone.

import { columnOfHeader, type CanonicalColumn } from './header-aliases.ts';
import { indicatorCodeOfHeader } from './indicator-code.ts';

/** The layouts an import can have; both score layouts load into score_rows. */
export const IMPORT_KINDS = ['scores_long', 'scores_wide', 'task_progress', 'plan_tasks'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Required and optional columns per kind (a wide layout also needs at least one indicator-code column). */
export const KIND_COLUMNS: Readonly<
  Record<
    ImportKind,
    { readonly required: readonly CanonicalColumn[]; readonly optional: readonly CanonicalColumn[] }
  >
> = {
  scores_long: { required: ['province', 'year', 'indicator', 'score'], optional: ['source', 'note'] },
  scores_wide: { required: ['province', 'year'], optional: ['source', 'note'] },
  task_progress: {
    required: ['task_id', 'period', 'unit', 'status'],
    optional: ['percent', 'reported_on', 'note'],
  },
  plan_tasks: {
    required: ['task_id', 'plan', 'task'],
    optional: [
      'dimension',
      'subdimension',
      'subdimension_label',
      'executing_agencies',
      'supervising_agencies',
      'timeframe',
      'timeframe_code',
      'province',
      'target_year',
      'plan_goals',
    ],
  },
};

/** Column index per canonical column present, and the wide layout's indicator columns. */
export interface HeaderMap {
  readonly columns: Partial<Record<CanonicalColumn, number>>;
  readonly indicatorColumns: readonly { readonly index: number; readonly code: string }[];
}

export type RecognisedKind =
  | { readonly ok: true; readonly kind: ImportKind; readonly header: HeaderMap }
  | { readonly ok: false; readonly kind: ImportKind | null; readonly missing: readonly CanonicalColumn[] };

/** Maps each header cell to its canonical column (the first of duplicates wins) or indicator code. */
export function mapHeader(headerRow: readonly string[], indicatorCodes: readonly string[]): HeaderMap {
  const columns: Partial<Record<CanonicalColumn, number>> = {};
  const indicatorColumns: { index: number; code: string }[] = [];
  headerRow.forEach((header, index) => {
    const column = columnOfHeader(header);
    if (column !== null) {
      columns[column] ??= index;
      return;
    }
    const code = indicatorCodeOfHeader(header, indicatorCodes);
    if (code !== null && !indicatorColumns.some((seen) => seen.code === code))
      indicatorColumns.push({ index, code });
  });
  return { columns, indicatorColumns };
}

function missingColumns(kind: ImportKind, header: HeaderMap): CanonicalColumn[] {
  const missing = KIND_COLUMNS[kind].required.filter((column) => header.columns[column] === undefined);
  if (kind === 'scores_wide' && header.indicatorColumns.length === 0) missing.push('indicator');
  return missing;
}

function matchedCount(kind: ImportKind, header: HeaderMap): number {
  const { required, optional } = KIND_COLUMNS[kind];
  const named = [...required, ...optional].filter((column) => header.columns[column] !== undefined).length;
  return named + (kind === 'scores_wide' ? header.indicatorColumns.length : 0);
}

/** The kind whose required columns are all present (most matched columns wins), else what is missing for the closest kind. */
export function recogniseKind(
  headerRow: readonly string[],
  indicatorCodes: readonly string[],
): RecognisedKind {
  const header = mapHeader(headerRow, indicatorCodes);
  const ranked = IMPORT_KINDS.map((kind) => ({
    kind,
    missing: missingColumns(kind, header),
    matched: matchedCount(kind, header),
  })).sort((a, b) => a.missing.length - b.missing.length || b.matched - a.matched);
  const best = ranked[0];
  if (best === undefined || best.matched === 0) return { ok: false, kind: null, missing: [] };
  if (best.missing.length === 0) return { ok: true, kind: best.kind, header };
  return { ok: false, kind: best.kind, missing: best.missing };
}
