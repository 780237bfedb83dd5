// A returned report form → task-progress rows for its unit and period, or problems located at their cells.
// Only the fill columns are read; the task ids must be the ones sent out, row by row.

import {
  FIRST_TASK_ROW,
  FORM_COLUMNS,
  STATUS_WORDS,
  columnIndex,
  columnLetter,
  type FormColumnKey,
} from '../../domain/report-form-layout.ts';
import { fileProblem, type ImportProblem, type ProblemKey } from '../read/import-problem.ts';
import type { ImportContext, ProgressRow } from '../read/import-rows.ts';
import { nearestTaskIds } from '../read/nearest-task-ids.ts';
import { parseDate, parsePercent, parseStatus } from '../read/parse-values.ts';
import type { WorkbookSheet } from '../read/read-workbook.ts';
import { readFormMetadata, type FormMetadata } from './form-metadata.ts';

/** What a returned form gave: its rows (none when there are problems) and the sheet they came from. */
export interface ReportFormRead {
  readonly kind: 'task_progress';
  readonly form: FormMetadata;
  /** The form sheets only: the metadata sheet is not the user's to pick. */
  readonly sheets: readonly string[];
  /** The form's sheet; null for a workbook of several forms read together. */
  readonly sheet: string | null;
  readonly rows: readonly ProgressRow[];
  readonly problems: readonly ImportProblem[];
  /** A workbook of several forms (a sheet per unit): each sheet's own read, applied each on its own. */
  readonly parts?: readonly ReportFormRead[];
}

const FILL_KEYS: readonly FormColumnKey[] = FORM_COLUMNS.filter((column) => column.fill).map((c) => c.key);
const STATUS_HINT = Object.values(STATUS_WORDS).join(' | ');

/** The local calendar date as 'YYYY-MM-DD' (the user's day). */
const localIsoDate = (date: Date): string =>
  `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/**
 * Reads a workbook that is one of our forms (null when it is not: the generic reader takes it). A workbook of
 * several forms gives one read per sheet in `parts`, or only the sheet `context.sheet` names.
 */
export function readReportForm(
  fileName: string,
  sheets: readonly WorkbookSheet[],
  context: ImportContext,
  today: string = localIsoDate(new Date()),
): ReportFormRead | null {
  const all = readFormMetadata(sheets);
  const chosen = all.filter((form) => form.sheet === context.sheet);
  const forms = chosen.length > 0 ? chosen : all;
  const parts = forms.map((form) => readFormSheet(fileName, sheets, form, context, today));
  const [first] = parts;
  if (first === undefined || parts.length === 1) return first ?? null;
  const problems = parts.flatMap((part) => part.problems);
  return {
    kind: 'task_progress',
    form: first.form,
    sheets: forms.map((form) => form.sheet),
    sheet: null,
    rows: problems.length > 0 ? [] : parts.flatMap((part) => part.rows),
    problems,
    parts,
  };
}

function readFormSheet(
  fileName: string,
  sheets: readonly WorkbookSheet[],
  form: FormMetadata,
  context: ImportContext,
  today: string,
): ReportFormRead {
  const at = { file: fileName, sheet: form.sheet };
  const base = { kind: 'task_progress', form, sheet: form.sheet, sheets: [form.sheet] } as const;
  const known = new Set(context.taskIds);
  if (!form.taskIds.some((id) => known.has(id))) {
    return {
      ...base,
      rows: [],
      problems: [fileProblem(at, 'formUnknownPlan', { found: form.plan })],
    };
  }
  const table = sheets.find((sheet) => sheet.name === form.sheet)?.rows;
  if (table === undefined) {
    return { ...base, rows: [], problems: [fileProblem(at, 'unknownLayout')] };
  }
  const problems: ImportProblem[] = [];
  const rows: ProgressRow[] = [];
  const lastRow = Math.max(table.length, FIRST_TASK_ROW - 1 + form.taskIds.length);
  for (let rowNumber = FIRST_TASK_ROW; rowNumber <= lastRow; rowNumber += 1) {
    const cells = table[rowNumber - 1] ?? [];
    const text = (key: FormColumnKey): string => (cells[columnIndex(key)] ?? '').trim();
    const problem = (key: FormColumnKey, problemKey: ProblemKey, args: ImportProblem['args'] = {}) =>
      problems.push({
        ...fileProblem(at, problemKey, args),
        row: rowNumber,
        cell: `${columnLetter(key)}${String(rowNumber)}`,
      });
    const expected = form.taskIds[rowNumber - FIRST_TASK_ROW];
    if (expected === undefined) {
      // Below the rows sent out: anything typed there is a row the form did not have.
      const typed = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
      if (typed.length > 0) problem('stt', 'formRowAdded', { found: typed.join(' · ').slice(0, 80) });
      continue;
    }
    const row = readTaskRow(text, problem, { form, expected, known, context, today });
    if (row !== null) rows.push(row);
  }
  return { ...base, rows: problems.length > 0 ? [] : rows, problems };
}

interface RowSetting {
  form: FormMetadata;
  expected: string;
  known: ReadonlySet<string>;
  context: ImportContext;
  today: string;
}

type Problem = (key: FormColumnKey, problemKey: ProblemKey, args?: ImportProblem['args']) => void;

function readTaskRow(
  text: (key: FormColumnKey) => string,
  problem: Problem,
  { form, expected, known, context, today }: RowSetting,
): ProgressRow | null {
  const taskId = text('task_id');
  if (taskId !== expected) {
    problem('task_id', 'formTaskChanged', { found: taskId, expected });
    return null;
  }
  if (!known.has(taskId)) {
    const nearest = nearestTaskIds(taskId, context.taskIds).join(', ') || '–';
    problem('task_id', 'unknownTask', { found: taskId, nearest });
    return null;
  }
  // A row left blank is a task the unit did not report on this time.
  if (FILL_KEYS.every((key) => text(key) === '')) return null;
  const statusText = text('status');
  const status = statusText === '' ? null : parseStatus(statusText);
  if (status === null) {
    problem('status', statusText === '' ? 'missingValue' : 'unknownStatus', {
      found: statusText,
      expected: STATUS_HINT,
    });
  }
  const percent = readPercent(text('percent'), problem);
  const reportedOn = readReportedOn(text('reported_on'), today, problem);
  if (status === null || percent === undefined || reportedOn === undefined) return null;
  const notes = [
    text('result'),
    text('difficulties') === '' ? '' : `Khó khăn, vướng mắc: ${text('difficulties')}`,
  ];
  const note = notes.filter((part) => part !== '').join('\n');
  return {
    task_id: taskId,
    period: form.period,
    unit: form.unit,
    status,
    percent,
    reported_on: reportedOn,
    note: note === '' ? null : note,
  };
}

function readPercent(text: string, problem: Problem): number | null | undefined {
  if (text === '') return null;
  const percent = parsePercent(text);
  if (percent === null || percent < 0 || percent > 100) {
    problem('percent', percent === null ? 'badNumber' : 'percentOutOfRange', {
      found: text,
      expected: '0–100',
    });
    return undefined;
  }
  return percent;
}

function readReportedOn(text: string, today: string, problem: Problem): string | null | undefined {
  if (text === '') return null;
  const date = parseDate(text);
  if (date === null) {
    problem('reported_on', 'badDate', { found: text, expected: 'dd/mm/yyyy' });
    return undefined;
  }
  if (date > today) {
    problem('reported_on', 'dateInFuture', { found: text });
    return undefined;
  }
  return date;
}
