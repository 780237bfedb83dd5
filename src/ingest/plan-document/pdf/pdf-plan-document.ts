// A PDF's text layer → the PlanDocument the plan reader takes (as a .docx gives it): the text before the
// appendix as paragraphs, and the appendix table rebuilt from the text positions when a header row is
// found. A PDF with (nearly) no text is a scan: refused, since it has nothing to read.

import type { PlanDocument } from '../document-table.ts';
import { findAppendixTable } from '../find-appendix.ts';
import { dropPageFurniture } from './page-furniture.ts';
import { joinWrappedLines } from './paragraphs.ts';
import type { PdfPageText, TextLine } from './pdf-text.ts';
import { readTableHeader, type TableHeader } from './table-header.ts';
import { groupRowLines, readTableRows } from './table-rows.ts';
import { baselinesOf } from './text-lines.ts';

/** Fewer characters than this per page, on average: no text layer to read (a scanned document). */
export const MIN_CHARACTERS_PER_PAGE = 20;

export type PdfTextReading =
  | { readonly ok: true; readonly document: PlanDocument }
  | { readonly ok: false; readonly reason: 'noText'; readonly pages: number };

function findHeader(lines: readonly TextLine[]): { start: number; header: TableHeader } | null {
  for (let start = 0; start < lines.length; start += 1) {
    const header = readTableHeader(lines, start);
    if (header !== null) return { start, header };
  }
  return null;
}

/** The plan document in the text of these pages, or why there is none. */
export function planDocumentFromPdfText(pages: readonly PdfPageText[]): PdfTextReading {
  const characters = pages.reduce(
    (sum, page) => sum + page.items.reduce((count, item) => count + item.text.replace(/\s/g, '').length, 0),
    0,
  );
  if (pages.length === 0 || characters < MIN_CHARACTERS_PER_PAGE * pages.length)
    return { ok: false, reason: 'noText', pages: pages.length };
  const lines = dropPageFurniture(pages.map(baselinesOf)).flat();
  const found = findHeader(lines);
  if (found === null)
    return { ok: true, document: { lines: joinWrappedLines(lines), tables: [], numbering: 'row' } };
  const { start } = found;
  // The header row is as many lines as the row grouping gives it (its wrapped cells), read again whole.
  const sttColumn = findAppendixTable([{ rows: [found.header.row] }])?.columns.stt;
  const [headerGroup = []] = groupRowLines(lines.slice(start), found.header.columns, sttColumn);
  const header = readTableHeader(lines, start, headerGroup.length) ?? found.header;
  const headerLines = new Set(lines.slice(start, start + header.lineCount).map((line) => line.text));
  // A header repeated at the top of each page of the table is not a row.
  const body = lines.slice(start + header.lineCount).filter((line) => !headerLines.has(line.text));
  return {
    ok: true,
    document: {
      lines: joinWrappedLines(lines.slice(0, start)),
      tables: [readTableRows(header, body, sttColumn)],
      numbering: 'row',
    },
  };
}
