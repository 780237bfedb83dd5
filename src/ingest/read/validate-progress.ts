// Progress report rows: task, period, unit, status[, percent, reported on, note].

import type { ImportContext, ProgressRow, RowCursor } from './import-rows.ts';
import { nearestTaskIds } from './nearest-task-ids.ts';
import { parsePeriod } from './parse-period.ts';
import { parseDate, parsePercent, parseStatus } from './parse-values.ts';
import { optionalText, requiredText } from './cell-checks.ts';

const STATUS_HINT = 'Hoàn thành | Đang thực hiện | Chưa thực hiện';
const PERIOD_HINT = 'Quý III/2024 | 6 tháng đầu năm 2024 | Tháng 9/2024 | Năm 2024';

function readPercent(cursor: RowCursor): number | null | undefined {
  const text = cursor.text('percent');
  if (text === '') return null;
  const percent = parsePercent(text);
  if (percent === null || percent < 0 || percent > 100) {
    cursor.problem('percent', percent === null ? 'badNumber' : 'percentOutOfRange', {
      found: text,
      expected: '0–100',
    });
    return undefined;
  }
  return percent;
}

function readParsed<T>(
  cursor: RowCursor,
  column: 'status' | 'period' | 'reported_on',
  parse: (text: string) => T | null,
  onUnknown: { key: 'unknownStatus' | 'unknownPeriod' | 'badDate'; expected: string },
): T | null {
  const text = cursor.text(column);
  const value = text === '' ? null : parse(text);
  if (value === null) {
    cursor.problem(column, text === '' ? 'missingValue' : onUnknown.key, {
      found: text,
      expected: onUnknown.expected,
    });
  }
  return value;
}

/** Reads the task id, which must be one a loaded plan (or a plan file of the same import) defines. */
function createTaskIdReader(context: ImportContext): (cursor: RowCursor) => string | null {
  const known = new Set(context.taskIds);
  const nearest = new Map<string, string>();
  return (cursor) => {
    const taskId = requiredText(cursor, 'task_id');
    if (taskId === null || known.has(taskId)) return taskId;
    // A row no plan owns would load as an orphan that no view shows and no count includes.
    if (!nearest.has(taskId)) nearest.set(taskId, nearestTaskIds(taskId, context.taskIds).join(', ') || '–');
    cursor.problem('task_id', 'unknownTask', { found: taskId, nearest: nearest.get(taskId) ?? '–' });
    return null;
  };
}

/** Reads one progress row per call, or null after recording every problem in it. */
export function createProgressReader(context: ImportContext): (cursor: RowCursor) => ProgressRow | null {
  const readTaskId = createTaskIdReader(context);
  return (cursor) => readProgressRow(cursor, readTaskId(cursor));
}

function readProgressRow(cursor: RowCursor, taskId: string | null): ProgressRow | null {
  const period = readParsed(cursor, 'period', parsePeriod, { key: 'unknownPeriod', expected: PERIOD_HINT });
  const unit = requiredText(cursor, 'unit');
  const status = readParsed(cursor, 'status', parseStatus, { key: 'unknownStatus', expected: STATUS_HINT });
  const percent = readPercent(cursor);
  const reportedOn =
    cursor.text('reported_on') === ''
      ? null
      : readParsed(cursor, 'reported_on', parseDate, { key: 'badDate', expected: 'dd/mm/yyyy' });
  if (taskId === null || period === null || unit === null || status === null || percent === undefined)
    return null;
  if (reportedOn === null && cursor.text('reported_on') !== '') return null;
  return {
    task_id: taskId,
    period,
    unit,
    status,
    percent,
    reported_on: reportedOn,
    note: optionalText(cursor, 'note'),
  };
}
