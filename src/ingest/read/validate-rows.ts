// A recognised table → typed rows of its kind, or problems located at the row and column.

import { importedFileSource } from '../../domain/imported-file-source.ts';
import { dropDuplicates, type NumberedRow } from './find-duplicates.ts';
import { fileProblem, type ImportProblem } from './import-problem.ts';
import {
  createRowCursor,
  type ImportContext,
  type ImportedRows,
  type PlanTaskRow,
  type ProgressRow,
  type RecognisedTable,
  type RowCursor,
  type ScoreRow,
} from './import-rows.ts';
import { createPlanTaskReader } from './validate-plan-tasks.ts';
import { createProgressReader } from './validate-progress.ts';
import { createLongScoreReader, createWideScoreReader } from './validate-scores.ts';

export interface ValidatedRows {
  readonly imported: ImportedRows;
  readonly problems: readonly ImportProblem[];
}

const isBlank = (row: readonly string[] | undefined): boolean =>
  (row ?? []).every((cell) => cell.trim() === '');

/** Runs `read` over the data rows (blank rows skipped), numbering each result by its Excel row. */
function readDataRows<T>(
  table: RecognisedTable,
  problems: ImportProblem[],
  read: (cursor: RowCursor) => T[],
): NumberedRow<T>[] {
  const numbered: NumberedRow<T>[] = [];
  for (let index = table.headerRowIndex + 1; index < table.rows.length; index += 1) {
    if (isBlank(table.rows[index])) continue;
    const cursor = createRowCursor(table, index, problems);
    for (const row of read(cursor)) numbered.push({ rowNumber: cursor.rowNumber, row });
  }
  return numbered;
}

const headerText = (table: RecognisedTable, column: number | undefined): string | null =>
  column === undefined ? null : (table.rows[table.headerRowIndex]?.[column]?.trim() ?? null);

/** Validates every data row of the table; duplicate keys with different values are problems too. */
export function validateRows(table: RecognisedTable, context: ImportContext): ValidatedRows {
  const validated = validateByKind(table, context);
  // No rows and nothing wrong (only blank rows, or a wide sheet with every score cell empty): nothing to import.
  if (validated.imported.rows.length > 0 || validated.problems.length > 0) return validated;
  return { imported: { kind: null, rows: [] }, problems: [fileProblem(table.at, 'headerOnly')] };
}

function validateByKind(table: RecognisedTable, context: ImportContext): ValidatedRows {
  const problems: ImportProblem[] = [];
  const keyColumn = (column: 'province' | 'task_id'): string | null =>
    headerText(table, table.header.columns[column]);
  if (table.kind === 'task_progress') {
    const readProgress = createProgressReader(context);
    const rows = readDataRows<ProgressRow>(table, problems, (cursor) => [readProgress(cursor) ?? []].flat());
    const unique = dropDuplicates(
      rows,
      (row) => [row.task_id, row.period, row.unit].join(' | '),
      (row) => [row.status, row.percent, row.reported_on],
      keyColumn('task_id'),
      table.at,
    );
    return { imported: { kind: table.kind, rows: unique.rows }, problems: [...problems, ...unique.problems] };
  }
  if (table.kind === 'plan_tasks') {
    const readPlanTask = createPlanTaskReader(context);
    const rows = readDataRows<PlanTaskRow>(table, problems, (cursor) => [readPlanTask(cursor) ?? []].flat());
    const unique = dropDuplicates(
      rows,
      (row) => row.task_id,
      (row) => row,
      keyColumn('task_id'),
      table.at,
    );
    return { imported: { kind: table.kind, rows: unique.rows }, problems: [...problems, ...unique.problems] };
  }
  // A score row that names no source records the file it came from, so every view can say where it is from.
  const fileSource = importedFileSource(table.at.file);
  const reader =
    table.kind === 'scores_long'
      ? createLongScoreReader(context, fileSource)
      : createWideScoreReader(context, table.header.indicatorColumns, fileSource);
  const rows = readDataRows<ScoreRow>(table, problems, reader);
  const unique = dropDuplicates(
    rows,
    (row) => [row.province_code, row.year, row.indicator].join(' | '),
    (row) => row.score,
    keyColumn('province'),
    table.at,
  );
  return { imported: { kind: table.kind, rows: unique.rows }, problems: [...problems, ...unique.problems] };
}
