// Which table each read file writes, as canonical CSV, and the `datasets.source` a merge records.

import type { ImportResult } from '../read/read-import-file.ts';
import { planGoalsOfRows } from '../plan-document/plan-goals-cell.ts';
import { toCanonicalCsv, toPlansCsv, toSurveyIndicatorsCsv } from '../read/to-canonical-csv.ts';
import type { ImportMode, ReadImport } from './import-outcome.ts';
import type { MergedTable } from './merge-sql.ts';

/** Rows of one file for one table; `counted` is false for the plans row a plan file implies and for survey values. */
export interface ImportStep {
  readonly fileIndex: number;
  readonly table: MergedTable;
  /** The rows as canonical CSV, or '' when they are already staged in `stagedTable`. */
  readonly csv: string;
  /** The table a bulk-read file's rows were staged in (see stage-bulk-scores.ts), else null. */
  readonly stagedTable: string | null;
  readonly mode: ImportMode;
  readonly counted: boolean;
  /** plan_goals: the plans whose staged goals this step replaces (all of them, even by none). */
  readonly clearsPlans?: readonly string[];
}

type ReadRows = Exclude<ImportResult, { kind: null }>;

const isRead = (result: ImportResult): result is ReadRows => result.kind !== null;

// An import plans a file's steps to apply it, and again to keep its rows (canonicalRowsOf): a read's CSV, a 4 MB
// string for an official workbook's survey values (~0.2 s on a first visit), is made once. Keyed by the read,
// which nothing changes once read, and forgotten with it.
const csvOfRead = new WeakMap<ReadRows, string>();
const surveyCsvOfRead = new WeakMap<ReadRows, string>();

function made<T extends object>(cache: WeakMap<T, string>, key: T, make: () => string): string {
  const known = cache.get(key);
  if (known !== undefined) return known;
  const text = make();
  cache.set(key, text);
  return text;
}

/**
 * The steps of every file, in file order (a plan file: its tasks, its plans row, then the goals it sets; an
 * official workbook: its scores, then its survey values).
 */
export function planImportSteps(
  reads: readonly ReadImport[],
  modes: readonly ImportMode[],
  staged: ReadonlyMap<number, string> = new Map(),
): ImportStep[] {
  return reads.flatMap(({ name, result, canonical }, fileIndex): ImportStep[] => {
    if (!isRead(result)) return [];
    const mode = modes[fileIndex] ?? 'replace-overlapping';
    // A kept import's rows were checked when it was first applied: they merge as they were kept.
    if (canonical !== undefined) {
      return canonical.steps.map((step) => ({ ...step, fileIndex, stagedTable: null, mode }));
    }
    const stagedTable = staged.get(fileIndex) ?? null;
    if (stagedTable !== null) {
      return [{ fileIndex, table: 'score_rows', csv: '', stagedTable, mode, counted: true }];
    }
    const csv = made(csvOfRead, result, () => toCanonicalCsv(result));
    const step = { fileIndex, csv, stagedTable, mode, counted: true };
    if (result.kind === 'task_progress') return [{ ...step, table: 'task_progress' }];
    if (result.kind === 'plan_tasks') {
      const plans = toPlansCsv(result.rows, name);
      const goals = planGoalsOfRows(result.rows);
      return [
        { ...step, table: 'plan_tasks' },
        { ...step, table: 'plans', csv: plans, counted: false },
        ...(goals === null
          ? []
          : [
              {
                ...step,
                table: 'plan_goals' as const,
                csv: goals.csv,
                counted: false,
                clearsPlans: goals.plans,
              },
            ]),
      ];
    }
    const survey = result.survey ?? [];
    return [
      { ...step, table: 'score_rows' },
      ...(survey.length === 0
        ? []
        : [
            {
              ...step,
              table: 'survey_indicators' as const,
              csv: made(surveyCsvOfRead, result, () => toSurveyIndicatorsCsv(survey)),
              counted: false,
            },
          ]),
    ];
  });
}

const SOURCE_SEPARATOR = '; ';

/** The table's new source: the file names after the kept source (none when the table was replaced whole), each once. */
export function mergedSource(previous: string | null, fileNames: readonly string[]): string {
  const parts = [...(previous === null ? [] : previous.split(SOURCE_SEPARATOR)), ...fileNames];
  return [...new Set(parts.filter((part) => part !== ''))].join(SOURCE_SEPARATOR);
}
