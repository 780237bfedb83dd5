// HTML (mammoth's rendering of a .docx, or Word/Excel's text/html on the clipboard) as a PlanDocument,
// without a DOM so the same code runs in Node: tables with rowspan/colspan spread out, and the text lines.

import type { DocumentCell, DocumentRow, DocumentTable, PlanDocument } from './document-table.ts';
import { cellLines } from './task-text.ts';

const TAG = /<(\/?)(table|tr|td|th)\b([^>]*)>/gi;
const BLOCK_END = /<\/(?:p|h[1-6]|li|div|tr|td|th)>|<br\s*\/?>/gi;

const spanOf = (attributes: string, name: 'rowspan' | 'colspan'): number => {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attributes);
  return Math.max(1, Math.min(100, Number(match?.[1] ?? 1)));
};

interface RawCell {
  readonly html: string;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** The rows of raw cells of every outermost table, in document order. */
function rawTables(html: string): RawCell[][][] {
  const tables: RawCell[][][] = [];
  let depth = 0;
  let rows: RawCell[][] = [];
  let cellStart = -1;
  let cellAttributes = '';
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, rawName, attributes = ''] = match;
    const name = (rawName ?? '').toLowerCase();
    const at = match.index;
    if (name === 'table') {
      depth += closing ? -1 : 1;
      if (!closing && depth === 1) rows = [];
      if (closing && depth === 0) tables.push(rows);
    } else if (depth !== 1) {
      // A nested table's tags belong to the outer cell's content.
    } else if (name === 'tr' && !closing) {
      rows.push([]);
    } else if ((name === 'td' || name === 'th') && !closing) {
      cellStart = at + whole.length;
      cellAttributes = attributes;
    } else if ((name === 'td' || name === 'th') && closing && cellStart >= 0) {
      rows[rows.length - 1]?.push({
        html: html.slice(cellStart, at),
        rowSpan: spanOf(cellAttributes, 'rowspan'),
        colSpan: spanOf(cellAttributes, 'colspan'),
      });
      cellStart = -1;
    }
  }
  return tables;
}

/** Spreads merged cells so every row has a cell per grid column, marking the copies. */
function spreadTable(raw: RawCell[][]): DocumentTable {
  const grid: DocumentCell[][] = raw.map(() => []);
  raw.forEach((cells, rowIndex) => {
    const row = grid[rowIndex] ?? [];
    let column = 0;
    for (const cell of cells) {
      while (row[column] !== undefined) column += 1;
      for (let down = 0; down < cell.rowSpan && rowIndex + down < grid.length; down += 1) {
        const target = grid[rowIndex + down] ?? [];
        for (let across = 0; across < cell.colSpan; across += 1) {
          const merged = down > 0 ? 'from-above' : across > 0 ? 'from-left' : 'none';
          target[column + across] = { text: cell.html, merged };
        }
      }
      column += cell.colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const rows: DocumentRow[] = grid.map((row, index) => ({
    number: index + 1,
    cells: Array.from({ length: width }, (_, column) => row[column] ?? { text: '', merged: 'none' }),
  }));
  return { rows };
}

/** Reads an HTML document or fragment. */
export function readHtmlDocument(html: string): PlanDocument {
  const body = html
    .normalize('NFC')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, '');
  return {
    lines: cellLines(
      body.replace(BLOCK_END, (tag) => `${tag}\n`).replace(/<\/?(?:table|tbody|thead)\b[^>]*>/gi, '\n'),
    ),
    tables: rawTables(body).map(spreadTable),
    numbering: 'row',
  };
}
