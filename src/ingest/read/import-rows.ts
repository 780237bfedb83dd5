// Typed rows an import yields, per kind, and what the reader needs to know to validate them.

import type { HeldFile } from './held-file.ts';
import type { CanonicalColumn } from './header-aliases.ts';
import type { ImportProblem, ProblemKey, ProblemLocation } from './import-problem.ts';
import type { ProvinceRef } from './match-province.ts';
import type { TaskStatus } from './parse-values.ts';
import type { HeaderMap, ImportKind } from './recognise-kind.ts';

/** One score: loads into score_rows (note is kept for display; score_rows has no note column). */
export interface ScoreRow {
  readonly province_code: string;
  readonly year: number;
  readonly indicator: string;
  readonly score: number;
  readonly source: string | null;
  readonly note: string | null;
}

/** One survey indicator value of an official workbook (a share, 0-1): loads into survey_indicators, never a score. */
export interface SurveyIndicatorRow {
  readonly province_code: string;
  readonly year: number;
  readonly subdimension: string;
  readonly label_vi: string | null;
  readonly label_en: string | null;
  readonly value: number;
  readonly source: string;
}

/** One progress report line: loads into task_progress. */
export interface ProgressRow {
  readonly task_id: string;
  readonly period: string;
  readonly unit: string;
  readonly status: TaskStatus;
  readonly percent: number | null;
  readonly reported_on: string | null;
  readonly note: string | null;
}

/** One task of a plan: loads into plan_tasks (province and target year belong to the plans table). */
export interface PlanTaskRow {
  readonly task_id: string;
  readonly plan: string;
  readonly dimension: string | null;
  readonly subdimension: string | null;
  readonly subdimension_label: string | null;
  readonly task: string;
  readonly executing_agencies: string | null;
  readonly supervising_agencies: string | null;
  readonly timeframe: string | null;
  readonly timeframe_code: string | null;
  readonly province_code: string | null;
  readonly target_year: number | null;
  /** The plan's confirmed goals (ingest/plan-document/plan-goals-cell.ts), when the file carries them. */
  readonly plan_goals?: string | null;
}

/** Where DuckDB finds the columns of a large long-layout scores CSV (see bulk-scores-plan.ts). */
export interface BulkScoresPlan {
  readonly delimiter: ',' | ';' | '\t';
  /** Lines before the first data row (title lines and the header row). */
  readonly skipLines: number;
  /** Columns DuckDB reads (the header's width). */
  readonly columnCount: number;
  readonly columns: {
    readonly province: number;
    readonly year: number;
    readonly indicator: number;
    readonly score: number;
    readonly source: number | null;
  };
}

/** A large scores file whose rows DuckDB reads and checks when the import is applied (no rows read yet). */
export interface BulkScores {
  readonly plan: BulkScoresPlan;
  /** The file: DuckDB reads the browser's file itself when there is one, else gets a copy of the bytes. */
  readonly file: HeldFile;
  /** What the rows are checked against, and what the row-by-row reader gets if a check fails. */
  readonly context: ImportContext;
}

/** Rows typed by kind; kind null when nothing could be read. */
export type ImportedRows =
  | {
      readonly kind: 'scores_long' | 'scores_wide';
      readonly rows: readonly ScoreRow[];
      /** Set for a large long-layout CSV: `rows` is empty and DuckDB reads them at apply time. */
      readonly bulk?: BulkScores;
      /** An official workbook's survey indicator values, applied with the scores. */
      readonly survey?: readonly SurveyIndicatorRow[];
    }
  | { readonly kind: 'task_progress'; readonly rows: readonly ProgressRow[] }
  | { readonly kind: 'plan_tasks'; readonly rows: readonly PlanTaskRow[] }
  | { readonly kind: null; readonly rows: readonly never[] };

/** An indicator and its scale (the bundled indicators table). */
export interface IndicatorScale {
  readonly code: string;
  readonly min: number;
  readonly max: number;
  /** Official names: the official workbooks' unnumbered sub-dimension rows are matched by them. */
  readonly name_vi?: string | null;
  readonly name_en?: string | null;
}

/** Reference data the reader checks values against. */
export interface ImportContext {
  readonly provinces: readonly ProvinceRef[];
  readonly indicators: readonly IndicatorScale[];
  /** Task ids of the loaded plans and of the plan files imported with the file: a progress row must name one. */
  readonly taskIds: readonly string[];
  /** Files larger than this are refused before parsing. */
  readonly maxBytes?: number;
  /** The sheet the user picked; default: the first sheet whose layout is recognised. */
  readonly sheet?: string;
  /** An official workbook's years to read (one sheet each, in one import); default: the sheet, else the newest. */
  readonly years?: readonly number[];
  /** The year the user typed for an official workbook whose sheet and file names hold none. */
  readonly typedYear?: number;
  /** Long scores CSVs from this size on are read by DuckDB (default BULK_MIN_BYTES); Infinity: never. */
  readonly bulkMinBytes?: number;
  /** Data rows a file of each kind may hold (default MAX_IMPORT_ROWS); a file with more is refused unread. */
  readonly maxRows?: Partial<Record<ImportKind, number>>;
}

/** A table read from a file, its header row found and its kind recognised. */
export interface RecognisedTable {
  readonly at: ProblemLocation;
  readonly kind: ImportKind;
  readonly rows: readonly (readonly string[])[];
  readonly headerRowIndex: number;
  readonly header: HeaderMap;
}

/** Reads the cells of one data row by column and records problems located at them. */
export interface RowCursor {
  readonly rowNumber: number;
  readonly text: (column: CanonicalColumn | number) => string;
  readonly problem: (column: CanonicalColumn | number, key: ProblemKey, args?: ImportProblem['args']) => void;
}

/** A cursor over row `rowIndex` of `table`, appending its problems to `problems`. */
export function createRowCursor(
  table: RecognisedTable,
  rowIndex: number,
  problems: ImportProblem[],
): RowCursor {
  const row = table.rows[rowIndex] ?? [];
  const headerRow = table.rows[table.headerRowIndex] ?? [];
  const indexOf = (column: CanonicalColumn | number): number | undefined =>
    typeof column === 'number' ? column : table.header.columns[column];
  return {
    rowNumber: rowIndex + 1,
    text: (column) => {
      const index = indexOf(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    },
    problem: (column, key, args = {}) => {
      const index = indexOf(column);
      const header = index === undefined ? null : (headerRow[index] ?? '').trim();
      problems.push({ ...table.at, row: rowIndex + 1, column: header, key, args });
    },
  };
}
