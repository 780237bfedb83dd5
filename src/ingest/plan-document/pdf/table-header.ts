// The appendix's header row found by where its words are: the header cells of one to three lines are
// grouped into columns by their horizontal extent, and the group is a header when the appendix reader's
// own header rule (find-appendix.ts) recognises it. Each column keeps the extent of its header text.

import type { DocumentRow } from '../document-table.ts';
import { findAppendixTable } from '../find-appendix.ts';
import type { PdfTextItem, TextLine } from './pdf-text.ts';
import { joinItems } from './text-lines.ts';

/** A run of items with no more than a word gap between them: one cell's text on one line. */
export interface Chunk {
  readonly items: readonly PdfTextItem[];
  readonly left: number;
  readonly right: number;
}

/** A column of the table: the horizontal extent of its header text. */
export interface ColumnExtent {
  readonly left: number;
  readonly right: number;
}

export interface TableHeader {
  /** The header row as the appendix reader sees it (one cell per column). */
  readonly row: DocumentRow;
  readonly columns: readonly ColumnExtent[];
  /** How many lines, from the first, the header takes. */
  readonly lineCount: number;
}

// Items closer than this share of the font size belong to one cell; cells are further apart (cell padding).
const CHUNK_GAP_EM = 0.6;
const MAX_HEADER_LINES = 3;
// Header lines are no further apart than this many font sizes.
const HEADER_PITCH_EM = 2.5;

/** A line's items in runs separated by more than a word gap. */
export function chunksOf(line: TextLine): Chunk[] {
  const chunks: PdfTextItem[][] = [];
  let right = -Infinity;
  for (const item of line.items) {
    // The first item is infinitely far from nothing: it starts the first run.
    if (item.x - right > CHUNK_GAP_EM * item.fontSize) chunks.push([item]);
    else chunks[chunks.length - 1]?.push(item);
    right = Math.max(right, item.x + item.width);
  }
  return chunks.map((items) => ({
    items,
    left: Math.min(...items.map((item) => item.x)),
    right: Math.max(...items.map((item) => item.x + item.width)),
  }));
}

/** Chunks of several lines grouped into columns: chunks whose extents overlap are one column. */
function columnsOf(lines: readonly TextLine[]): { extent: ColumnExtent; text: string }[] {
  const placed = lines.flatMap((line, order) => chunksOf(line).map((chunk) => ({ chunk, order })));
  placed.sort((a, b) => a.chunk.left - b.chunk.left);
  const groups: { left: number; right: number; members: typeof placed }[] = [];
  for (const entry of placed) {
    const last = groups[groups.length - 1];
    if (last && entry.chunk.left < last.right) {
      last.right = Math.max(last.right, entry.chunk.right);
      last.members.push(entry);
    } else groups.push({ left: entry.chunk.left, right: entry.chunk.right, members: [entry] });
  }
  return groups.map((group) => ({
    extent: { left: group.left, right: group.right },
    text: [...group.members]
      .sort((a, b) => a.order - b.order || a.chunk.left - b.chunk.left)
      .map((member) => joinItems(member.chunk.items))
      .join(' '),
  }));
}

/**
 * The header starting at `lines[start]`: of `lineCount` lines when given, else of the fewest lines (up to
 * three) that give the most columns the reader recognises; null when the lines are no appendix header.
 */
export function readTableHeader(
  lines: readonly TextLine[],
  start: number,
  lineCount?: number,
): TableHeader | null {
  let best: (TableHeader & { found: number }) | null = null;
  for (let count = lineCount ?? 1; count <= (lineCount ?? MAX_HEADER_LINES); count += 1) {
    const block = lines.slice(start, start + count);
    const last = block[block.length - 1];
    const before = block[block.length - 2];
    if (block.length < count || last === undefined) break;
    const apart = before !== undefined && before.y - last.y > HEADER_PITCH_EM * last.fontSize;
    if (lineCount === undefined && before !== undefined && (before.page !== last.page || apart)) break;
    const columns = columnsOf(block);
    const row: DocumentRow = {
      number: 1,
      cells: columns.map((column) => ({ text: escapeHtml(column.text), merged: 'none' as const })),
    };
    const appendix = findAppendixTable([{ rows: [row] }]);
    const found =
      appendix === null ? 0 : Object.values(appendix.columns).filter((at) => at !== undefined).length;
    if (found > (best?.found ?? 0))
      best = { row, columns: columns.map((column) => column.extent), lineCount: count, found };
  }
  return best === null ? null : { row: best.row, columns: best.columns, lineCount: best.lineCount };
}

/** Text for a cell: the appendix reader reads cells as HTML, so PDF text is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
