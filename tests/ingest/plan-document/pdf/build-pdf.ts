// Builds plan PDFs with a real text layer (pdf-lib, Be Vietnam Pro), laid out as a word processor prints
// them: paragraphs wrapped at the right margin with a first-line indent, a letterhead of two centred
// columns, tables with ruled cells whose text wraps, a header row repeated on each page, page numbers at
// the top from page 2. Rows never break across pages.

import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { embedVietnameseFont, type VietnameseFont } from './font-runs.ts';

/** A table cell: its text ("\n" between paragraphs), or text merged across `span` columns. */
export type PdfCell = string | { readonly text: string; readonly span: number };

export type PdfBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly align?: 'left' | 'center' }
  | { readonly kind: 'letterhead'; readonly left: string; readonly right: string }
  | {
      readonly kind: 'table';
      readonly widths: readonly number[];
      readonly rows: readonly (readonly PdfCell[])[];
      /** How many rows form the header, repeated at the top of each page. */
      readonly headerRows: number;
    };

const PAGE = { width: 595, height: 842 };
const MARGIN = { left: 85, right: 57, top: 57, bottom: 57 };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const SIZE = 12;
const LINE_HEIGHT = 15.6;
const PARAGRAPH_GAP = 4;
const FIRST_LINE_INDENT = 28;
const CELL_PADDING = 4;

/** Words of `text` in lines no wider than `width`. */
function wrap(font: VietnameseFont, text: string, width: number, firstIndent = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    const room = width - (lines.length === 0 ? firstIndent : 0);
    if (line !== '' && font.widthOf(candidate, SIZE) > room) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The PDF bytes of `blocks`. */
export async function buildPdf(blocks: readonly PdfBlock[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await embedVietnameseFont(document);
  let page: PDFPage = document.addPage([PAGE.width, PAGE.height]);
  let top = PAGE.height - MARGIN.top;
  const newPage = (): void => {
    page = document.addPage([PAGE.width, PAGE.height]);
    top = PAGE.height - MARGIN.top;
  };
  const drawLine = (text: string, x: number): void => font.draw(page, text, x, top - SIZE, SIZE);
  const centred = (text: string, left: number, width: number): number =>
    left + (width - font.widthOf(text, SIZE)) / 2;

  const layoutRow = (cells: readonly PdfCell[], widths: readonly number[], header: boolean) => {
    let column = 0;
    const placed = cells.map((cell) => {
      const { text, span } = typeof cell === 'string' ? { text: cell, span: 1 } : cell;
      const left = MARGIN.left + widths.slice(0, column).reduce((sum, width) => sum + width, 0);
      const width = widths.slice(column, column + span).reduce((sum, width) => sum + width, 0);
      const lines = text.split('\n').flatMap((part) => wrap(font, part, width - 2 * CELL_PADDING));
      // Headers and the STT column are centred, as in the plans.
      const centre = header || (column === 0 && span === 1);
      column += span;
      return { left, width, lines, centre };
    });
    const height = 2 * CELL_PADDING + LINE_HEIGHT * Math.max(1, ...placed.map((cell) => cell.lines.length));
    return { placed, height };
  };

  const drawRow = ({ placed, height }: ReturnType<typeof layoutRow>): void => {
    for (const cell of placed) {
      page.drawRectangle({
        x: cell.left,
        y: top - height,
        width: cell.width,
        height,
        borderWidth: 0.5,
        borderColor: rgb(0, 0, 0),
      });
      cell.lines.forEach((line, index) => {
        const x = cell.centre ? centred(line, cell.left, cell.width) : cell.left + CELL_PADDING;
        font.draw(page, line, x, top - CELL_PADDING - SIZE - index * LINE_HEIGHT, SIZE);
      });
    }
    top -= height;
  };

  for (const block of blocks) {
    if (block.kind === 'letterhead') {
      const half = TEXT_WIDTH * 0.38;
      drawLine(block.left, centred(block.left, MARGIN.left - 20, half));
      drawLine(block.right, centred(block.right, MARGIN.left + half, TEXT_WIDTH - half + 20));
      top -= LINE_HEIGHT;
    } else if (block.kind === 'paragraph') {
      const centre = block.align === 'center';
      const indent = centre ? 0 : FIRST_LINE_INDENT;
      wrap(font, block.text, TEXT_WIDTH, indent).forEach((line, index) => {
        if (top - LINE_HEIGHT < MARGIN.bottom) newPage();
        drawLine(
          line,
          centre ? centred(line, MARGIN.left, TEXT_WIDTH) : MARGIN.left + (index === 0 ? indent : 0),
        );
        top -= LINE_HEIGHT;
      });
      top -= PARAGRAPH_GAP;
    } else {
      const header = block.rows.slice(0, block.headerRows);
      block.rows.forEach((row, index) => {
        const isHeader = index < block.headerRows;
        const layout = layoutRow(row, block.widths, isHeader);
        // A row that would cross the bottom margin starts a new page, under the header again.
        if (!isHeader && top - layout.height < MARGIN.bottom) {
          newPage();
          header.forEach((cells) => drawRow(layoutRow(cells, block.widths, true)));
        }
        drawRow(layout);
      });
      top -= PARAGRAPH_GAP;
    }
  }
  // Page numbers at the top centre from page 2, as official letters number them.
  document.getPages().forEach((numbered, index) => {
    if (index === 0) return;
    const text = String(index + 1);
    font.draw(numbered, text, centred(text, MARGIN.left, TEXT_WIDTH), PAGE.height - 35, SIZE);
  });
  return document.save();
}

/** Plan lines as paragraphs, those in `centred` centred (the kind heading and the title). */
export function paragraphsOf(lines: readonly string[], centred: ReadonlySet<string> = new Set()): PdfBlock[] {
  return lines.map((text) => ({ kind: 'paragraph', text, align: centred.has(text) ? 'center' : 'left' }));
}
