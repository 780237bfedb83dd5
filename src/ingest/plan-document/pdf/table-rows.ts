// The lines under a table's header → its rows, from the columns' positions. A line's runs of text go to
// the column they start in; a run that reaches into the next columns' header text spans them (a merged
// heading row). A row starts where the STT column has text or the gap above is wider than a line's; the
// lines in between continue its cells (a cell that wraps over several lines is one cell).

import type { DocumentCell, DocumentRow, DocumentTable } from '../document-table.ts';
import type { PdfTextItem, TextLine } from './pdf-text.ts';
import { chunksOf, escapeHtml, type ColumnExtent, type TableHeader } from './table-header.ts';
import { joinItems } from './text-lines.ts';

// Positions closer than this (points) are the same.
const TOLERANCE_PT = 1;
// A gap between lines wider than this many times the closest lines' gap separates two rows.
const ROW_GAP_RATIO = 1.35;
// A line of a cell that opens a bullet stays on its own line; any other continues the line above.
const BULLET = /^[-–+•·▪◦●]\s/u;

interface LineCells {
  readonly line: TextLine;
  /** The text each column has on this line ('' for none). */
  readonly texts: readonly string[];
  /** The columns a run from the left reaches into. */
  readonly spanned: ReadonlySet<number>;
}

/** The column a run starting at `left` is in: past the header text of every column before it. */
function columnAt(left: number, columns: readonly ColumnExtent[]): number {
  let index = 0;
  columns.forEach((column, at) => {
    if (at < columns.length - 1 && left >= column.right - TOLERANCE_PT) index = at + 1;
  });
  return index;
}

function cellsOfLine(line: TextLine, columns: readonly ColumnExtent[]): LineCells {
  const items: PdfTextItem[][] = columns.map(() => []);
  const spanned = new Set<number>();
  for (const chunk of chunksOf(line)) {
    const at = columnAt(chunk.left, columns);
    items[at]?.push(...chunk.items);
    columns.forEach((column, index) => {
      if (index > at && chunk.right > column.left + TOLERANCE_PT) spanned.add(index);
    });
  }
  return { line, texts: items.map((cell) => joinItems(cell)), spanned };
}

/** The smallest gap between consecutive lines of one page: the distance of two lines within a cell. */
function linePitch(lines: readonly TextLine[]): number {
  let pitch = Infinity;
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    if (above !== undefined && above.page === line.page && above.y - line.y > 0.5 * line.fontSize)
      pitch = Math.min(pitch, above.y - line.y);
  });
  return pitch;
}

const joinCellLines = (parts: readonly string[]): string =>
  parts.reduce((text, part) => (text === '' ? part : `${text}${BULLET.test(part) ? '\n' : ' '}${part}`), '');

/**
 * The lines in rows: a row starts at the first line, at a line with text in the STT column, or after a gap
 * wider than a line's; the lines up to the next start continue its cells.
 */
export function groupRowLines(
  lines: readonly TextLine[],
  columns: readonly ColumnExtent[],
  sttColumn: number | undefined,
): TextLine[][] {
  const groups: TextLine[][] = [];
  const pitch = linePitch(lines);
  lines.forEach((line, index) => {
    const above = lines[index - 1];
    const gap = above !== undefined && above.page === line.page ? above.y - line.y : 0;
    const hasNumber = sttColumn !== undefined && (cellsOfLine(line, columns).texts[sttColumn] ?? '') !== '';
    if (groups.length === 0 || hasNumber || gap > ROW_GAP_RATIO * pitch) groups.push([line]);
    else groups[groups.length - 1]?.push(line);
  });
  return groups;
}

/** The table: the header row, then one row per group of lines under it. */
export function readTableRows(
  header: TableHeader,
  lines: readonly TextLine[],
  sttColumn: number | undefined,
): DocumentTable {
  const rows: DocumentRow[] = groupRowLines(lines, header.columns, sttColumn).map((group, index) => {
    const lineCells = group.map((line) => cellsOfLine(line, header.columns));
    return {
      number: index + 2,
      cells: header.columns.map((_, column): DocumentCell => {
        const parts = lineCells.map((cells) => cells.texts[column] ?? '').filter((part) => part !== '');
        const text = joinCellLines(parts);
        const spanned = text === '' && lineCells.some((cells) => cells.spanned.has(column));
        return { text: escapeHtml(text), merged: spanned ? 'from-left' : 'none' };
      }),
    };
  });
  return { rows: [header.row, ...rows] };
}
