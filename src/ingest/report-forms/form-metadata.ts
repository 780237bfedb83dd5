// A returned form is recognised by its very hidden metadata sheet, whatever the file is called now.

import {
  META_KEYS,
  META_MARK,
  META_SHEET,
  TASK_ID_SEPARATOR,
  type MetaKey,
} from '../../domain/report-form-layout';
import type { WorkbookSheet } from '../read/read-workbook';

/** What the form was made for. */
export interface FormMetadata {
  plan: string;
  period: string;
  unit: string;
  dueDate: string;
  /** The task ids of the rows, in order, as sent out. */
  taskIds: string[];
}

/** The metadata of one of our forms; null when the workbook is not one (no marked metadata sheet). */
export function readFormMetadata(sheets: readonly WorkbookSheet[]): FormMetadata | null {
  const rows = sheets.find((sheet) => sheet.name === META_SHEET)?.rows;
  if (rows?.[0]?.[0]?.trim() !== META_MARK) return null;
  const values = new Map<string, string>();
  for (const [key = '', value = ''] of rows.slice(1)) values.set(key.trim(), value.trim());
  const get = (key: MetaKey): string => values.get(key) ?? '';
  if (META_KEYS.some((key) => key !== 'task_ids' && get(key) === '')) return null;
  const taskIds = get('task_ids')
    .split(TASK_ID_SEPARATOR)
    .map((id) => id.trim())
    .filter((id) => id !== '');
  return { plan: get('plan'), period: get('period'), unit: get('unit'), dueDate: get('due_date'), taskIds };
}
