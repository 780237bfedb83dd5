// A returned form is recognised by its very hidden metadata sheet, whatever the file is called now. One
// workbook may carry the forms of many units, a sheet each (layout version 2); a version-1 file carries one.

import {
  FORM_SHEET,
  META_KEYS,
  META_MARK,
  META_MARK_V1,
  META_SHEET,
  META_SHEET_KEY,
  TASK_ID_SEPARATOR,
  type MetaKey,
} from '../../domain/report-form-layout.ts';
import type { WorkbookSheet } from '../read/read-workbook.ts';

/** What one form sheet was made for. */
export interface FormMetadata {
  /** The sheet the unit filled. */
  sheet: string;
  plan: string;
  period: string;
  unit: string;
  dueDate: string;
  /** The task ids of the rows, in order, as sent out. */
  taskIds: string[];
}

/** Rows of the metadata sheet → one form per block (a block is complete or left out). */
function formOfBlock(sheet: string, rows: readonly (readonly string[])[]): FormMetadata | null {
  const values = new Map<string, string>();
  for (const [key = '', value = ''] of rows) values.set(key.trim(), value.trim());
  const get = (key: MetaKey): string => values.get(key) ?? '';
  if (sheet === '' || META_KEYS.some((key) => key !== 'task_ids' && get(key) === '')) return null;
  const taskIds = get('task_ids')
    .split(TASK_ID_SEPARATOR)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return {
    sheet,
    plan: get('plan'),
    period: get('period'),
    unit: get('unit'),
    dueDate: get('due_date'),
    taskIds,
  };
}

/** The forms of a workbook, one per form sheet; empty when it is not one of ours (no marked metadata sheet). */
export function readFormMetadata(sheets: readonly WorkbookSheet[]): FormMetadata[] {
  const rows = sheets.find((sheet) => sheet.name === META_SHEET)?.rows;
  const mark = rows?.[0]?.[0]?.trim();
  if (rows === undefined) return [];
  if (mark === META_MARK_V1) {
    const form = formOfBlock(FORM_SHEET, rows.slice(1));
    return form === null ? [] : [form];
  }
  if (mark !== META_MARK) return [];
  const blocks: { sheet: string; rows: string[][] }[] = [];
  for (const row of rows.slice(1)) {
    if (row[0]?.trim() === META_SHEET_KEY) blocks.push({ sheet: row[1]?.trim() ?? '', rows: [] });
    else blocks.at(-1)?.rows.push(row);
  }
  return blocks.flatMap((block) => formOfBlock(block.sheet, block.rows) ?? []);
}
