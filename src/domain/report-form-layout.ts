// The layout of a report form, shared by the writer (export/report-forms) and the reader of returned forms
// (ingest/report-forms): one place says where each thing is, so the two cannot drift apart.

import { excelSheetName, SHEET_NAME_MAX } from './excel-sheet-name.ts';

/** The sheet the unit fills (a workbook of one unit's form). */
export const FORM_SHEET = 'Báo cáo';
/** The very hidden sheet that says which plan, period and unit a form is for, so a renamed file is still recognised. */
export const META_SHEET = 'papi_form';
/**
 * Cell A1 of the metadata sheet: marks the workbook as one of our forms, and its layout version. Version 2
 * holds one block per form sheet, each opened by a `sheet` row naming it, so one workbook can carry many units.
 */
export const META_MARK = 'papi-report-form/2';
/** Version 1 (the first forms sent out): one block without a `sheet` row, for the sheet FORM_SHEET; still read. */
export const META_MARK_V1 = 'papi-report-form/1';
/** The row that opens a block of version 2: its value is the form sheet's name. */
export const META_SHEET_KEY = 'sheet';
/** The rows of a block: a key in column A, its value in column B. */
export const META_KEYS = ['plan', 'period', 'unit', 'due_date', 'task_ids'] as const;
export type MetaKey = (typeof META_KEYS)[number];

/** The form sheets' names: FORM_SHEET for a single form, else each unit's name as Excel allows it, unique. */
export function formSheetNames(units: readonly string[]): string[] {
  if (units.length === 1) return [FORM_SHEET];
  const used = new Set<string>([META_SHEET.toLowerCase()]);
  return units.map((unit) => {
    const base = excelSheetName(unit, FORM_SHEET);
    let name = base;
    for (let copy = 2; used.has(name.toLowerCase()); copy += 1) {
      const suffix = ` (${String(copy)})`;
      name = `${base.slice(0, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    }
    used.add(name.toLowerCase());
    return name;
  });
}
/** Task ids are listed in form order in one cell, joined by this. */
export const TASK_ID_SEPARATOR = ';';

/** Where the office sends the form back (474/KH-UBND III.1.a: "về UBND tỉnh (thông qua Sở Nội vụ)"). */
export const SEND_TO = 'Sở Nội vụ';

/** The columns, in order; `fill`: the unit types here (unlocked). Widths in Excel characters, for A4 landscape. */
export const FORM_COLUMNS = [
  { key: 'stt', header: 'STT', width: 5, fill: false },
  { key: 'task_id', header: 'Mã nhiệm vụ', width: 11, fill: false },
  { key: 'dimension', header: 'Chỉ số nội dung', width: 8, fill: false },
  { key: 'task', header: 'Nhiệm vụ', width: 42, fill: false },
  { key: 'deadline', header: 'Thời hạn', width: 11, fill: false },
  { key: 'status', header: 'Trạng thái', width: 14, fill: true },
  { key: 'percent', header: 'Tỷ lệ hoàn thành (%)', width: 10, fill: true },
  { key: 'result', header: 'Kết quả cụ thể', width: 30, fill: true },
  { key: 'difficulties', header: 'Khó khăn, vướng mắc', width: 22, fill: true },
  { key: 'reported_on', header: 'Ngày báo cáo', width: 12, fill: true },
] as const;
export type FormColumnKey = (typeof FORM_COLUMNS)[number]['key'];

/** 1-based row of the column headers; task rows follow it. */
export const HEADER_ROW = 7;
export const FIRST_TASK_ROW = HEADER_ROW + 1;

/** The words of the status drop-down, per status. */
export const STATUS_WORDS = {
  done: 'Hoàn thành',
  in_progress: 'Đang thực hiện',
  not_started: 'Chưa thực hiện',
} as const;

/** The 0-based column index of a column. */
export const columnIndex = (key: FormColumnKey): number =>
  FORM_COLUMNS.findIndex((column) => column.key === key);

/** The Excel letter of a column ('A'…'J'). */
export const columnLetter = (key: FormColumnKey): string => String.fromCharCode(65 + columnIndex(key));
