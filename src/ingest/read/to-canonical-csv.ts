// Typed rows → the normalised CSV load-tables.ts reads (UTF-8, `,`, `"`, `.` decimals, the
// bundled header), so an import goes through the same atomic loadTables as the bundled data.

import { CSV_COLUMNS, type TableName } from '../../db/tables.ts';
import type { ImportedRows, PlanTaskRow, SurveyIndicatorRow } from './import-rows.ts';
import { EDGE_SPACES } from './edge-spaces.ts';
import type { ImportKind } from './recognise-kind.ts';

/** The table each kind loads into. */
export const TABLE_OF_KIND: Readonly<Record<ImportKind, TableName>> = {
  scores_long: 'score_rows',
  scores_wide: 'score_rows',
  task_progress: 'task_progress',
  plan_tasks: 'plan_tasks',
};

/**
 * When a field is quoted: it holds a delimiter, quote or line break, or starts or ends with an edge space. The
 * one rule of both writers of canonical CSV: csvField here and csvFieldSql (DuckDB, apply/bulk-scores-sql.ts),
 * so it is written for both engines' regular expressions (literal characters, no \s, no flags).
 */
export const CSV_QUOTED_FIELD_PATTERN = `[",\r\n]|^[${EDGE_SPACES}]|[${EDGE_SPACES}]$`;
const QUOTED_FIELD = new RegExp(CSV_QUOTED_FIELD_PATTERN);

/** One CSV field: empty for null, quoted when CSV_QUOTED_FIELD_PATTERN says so. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return QUOTED_FIELD.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text with exactly the bundled column layout of the kind's table (columns it lacks stay empty). */
export function toCanonicalCsv(imported: Exclude<ImportedRows, { kind: null }>): string {
  const columns = CSV_COLUMNS[TABLE_OF_KIND[imported.kind]].map(([name]) => name);
  const lines = [columns.join(',')];
  // Row fields are named after the table's columns; fields the table lacks (a score's note) are left out.
  for (const row of imported.rows) {
    const values: Record<string, unknown> = Object.fromEntries(Object.entries(row));
    lines.push(columns.map((column) => csvField(values[column])).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The `plans` rows an imported plan's tasks imply (one per plan id, its first province and target year), as CSV. */
export function toPlansCsv(rows: readonly PlanTaskRow[], source: string): string {
  const plans = new Map<string, Record<string, unknown>>();
  for (const row of rows) {
    const plan = plans.get(row.plan) ?? { plan: row.plan, source, province_code: null, target_year: null };
    plan.province_code ??= row.province_code;
    plan.target_year ??= row.target_year;
    plans.set(row.plan, plan);
  }
  const columns = CSV_COLUMNS.plans.map(([name]) => name);
  const lines = [...plans.values()].map((plan) => columns.map((column) => csvField(plan[column])).join(','));
  return `${[columns.join(','), ...lines].join('\n')}\n`;
}

/** An official workbook's survey indicator values as the survey_indicators table's CSV. */
export function toSurveyIndicatorsCsv(rows: readonly SurveyIndicatorRow[]): string {
  const columns = CSV_COLUMNS.survey_indicators.map(([name]) => name);
  const lines = rows.map((row) => {
    const values: Record<string, unknown> = { ...row };
    return columns.map((column) => csvField(values[column])).join(',');
  });
  return `${[columns.join(','), ...lines].join('\n')}\n`;
}
