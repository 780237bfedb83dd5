// Finds the appendix table of a plan by the words of its header row, in any column order.

import type { DocumentRow, DocumentTable } from './document-table.ts';
import { foldWords } from './match-indicator.ts';
import { cellText } from './task-text.ts';

/** The columns of an appendix, as the parser uses them. */
export const PLAN_COLUMNS = ['stt', 'label', 'task', 'executing', 'supervising', 'timeframe'] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** The header words looked for, per column (folded), in the order they are tried on a header cell. */
const HEADER_WORDS: readonly (readonly [PlanColumn, readonly string[]])[] = [
  ['timeframe', ['thoi gian', 'thoi han', 'tien do', 'han hoan thanh']],
  ['supervising', ['phoi hop', 'theo doi', 'giam sat', 'huong dan']],
  ['executing', ['chu tri', 'thuc hien', 'co quan', 'don vi']],
  ['label', ['chi so', 'linh vuc', 'tieu chi']],
  ['task', ['nhiem vu', 'giai phap', 'noi dung', 'cong viec']],
  ['stt', ['stt', 'tt', 'so tt', 'so thu tu']],
];

/** The header words, as the message for a document without an appendix lists them. */
export const APPENDIX_HEADER_WORDS =
  'STT · Nhiệm vụ / Nội dung · Cơ quan chủ trì / thực hiện · Cơ quan phối hợp / theo dõi · Thời gian / Thời hạn';

/** Where each column is in the table (absent columns are left out). */
export type ColumnMap = Partial<Record<PlanColumn, number>>;

/** The appendix: its column map, the header row and the data rows under it. */
export interface AppendixTable {
  readonly columns: ColumnMap;
  readonly headerRow: DocumentRow;
  readonly rows: readonly DocumentRow[];
}

function columnOf(header: string): PlanColumn | null {
  const key = foldWords(header);
  if (key === '') return null;
  for (const [column, words] of HEADER_WORDS) {
    if (column === 'stt' ? words.includes(key) : words.some((word) => ` ${key} `.includes(` ${word} `)))
      return column;
  }
  return null;
}

/** The column map of a header row, or null when it is not an appendix header (task plus agencies or time). */
function readHeader(row: DocumentRow): ColumnMap | null {
  const columns: ColumnMap = {};
  row.cells.forEach((cell, index) => {
    if (cell.merged !== 'none') return;
    const column = columnOf(cellText(cell.text));
    if (column !== null && columns[column] === undefined) columns[column] = index;
  });
  const found = Object.keys(columns).length;
  const hasTask = columns.task !== undefined || columns.label !== undefined;
  const hasWho = columns.executing !== undefined || columns.timeframe !== undefined;
  return hasTask && hasWho && found >= 3 ? columns : null;
}

// "(1) (2) (3)" or "1 2 3" under the header: the columns' numbers, not data.
const isColumnNumbers = (row: DocumentRow): boolean => {
  const texts = row.cells.map((cell) => cellText(cell.text)).filter((text) => text !== '');
  return texts.length >= 3 && texts.every((text, index) => text.replace(/[()]/g, '') === String(index + 1));
};

/** The first table with an appendix header, its rows after the header; null when no table has one. */
export function findAppendixTable(tables: readonly DocumentTable[]): AppendixTable | null {
  for (const table of tables) {
    for (const [index, row] of table.rows.entries()) {
      const columns = readHeader(row);
      if (columns === null) continue;
      // A task column is needed; a header with only "Chỉ số nội dung" holds the tasks in that column.
      const withTask: ColumnMap =
        columns.task === undefined ? { ...columns, task: columns.label, label: undefined } : columns;
      const rows = table.rows.slice(index + 1).filter((candidate) => !isColumnNumbers(candidate));
      return { columns: withTask, headerRow: row, rows };
    }
  }
  return null;
}
