// The pure steps from a PDF's positioned text items to what the plan reader takes: lines, paragraphs,
// page furniture, and table rows rebuilt from column positions (no pdf.js involved).
import { describe, expect, it } from 'vitest';
import { findAppendixTable } from '../../../../src/ingest/plan-document/find-appendix.ts';
import { dropPageFurniture } from '../../../../src/ingest/plan-document/pdf/page-furniture.ts';
import { joinWrappedLines } from '../../../../src/ingest/plan-document/pdf/paragraphs.ts';
import { planDocumentFromPdfText } from '../../../../src/ingest/plan-document/pdf/pdf-plan-document.ts';
import type { PdfPageText, PdfTextItem } from '../../../../src/ingest/plan-document/pdf/pdf-text.ts';
import { baselinesOf } from '../../../../src/ingest/plan-document/pdf/text-lines.ts';

const SIZE = 12;
// Each character half a font size wide: enough to place runs as a layout would.
const CHAR_WIDTH = SIZE / 2;

const item = (text: string, x: number, y: number): PdfTextItem => ({
  text,
  x,
  y,
  width: text.length * CHAR_WIDTH,
  fontSize: SIZE,
});

/** Lines of text at these left edges, one every 15 points from the top. */
const page = (number: number, lines: readonly (readonly [number, string])[]): PdfPageText => ({
  number,
  items: lines.map(([x, text], index) => item(text, x, 800 - index * 15)),
});

const textOf = (pages: readonly PdfPageText[]): string[] =>
  dropPageFurniture(pages.map(baselinesOf))
    .flat()
    .map((line) => line.text);

describe('text items → lines', () => {
  it('joins the runs of one baseline (glyphs drawn by several fonts, diacritics a little off the line) into one line', () => {
    const items = [item('Chỉ số n', 100, 700), item('ội', 148, 700.4), item('dung', 163, 699.8)];
    expect(baselinesOf({ number: 1, items }).map((line) => line.text)).toEqual(['Chỉ số nội dung']);
  });

  it('orders lines top to bottom and puts a space only where the gap is a word apart', () => {
    const items = [item('thứ hai', 100, 680), item('Dòng', 100, 700), item('đầu', 130, 700)];
    expect(baselinesOf({ number: 1, items }).map((line) => line.text)).toEqual(['Dòng đầu', 'thứ hai']);
  });
});

describe('page headers and footers', () => {
  it('drops page numbers and a running header repeated on every page, keeps the text', () => {
    const pages = [
      page(1, [
        [100, 'KẾ HOẠCH SỐ 12/KH-UBND'],
        [100, 'Nội dung trang một'],
        [280, '1'],
      ]),
      page(2, [
        [100, 'KẾ HOẠCH SỐ 12/KH-UBND'],
        [100, 'Nội dung trang hai'],
        [280, '- 2 -'],
      ]),
      page(3, [
        [100, 'KẾ HOẠCH SỐ 12/KH-UBND'],
        [100, 'Nội dung trang ba'],
        [280, 'Trang 3/3'],
      ]),
    ];
    expect(textOf(pages)).toEqual(['Nội dung trang một', 'Nội dung trang hai', 'Nội dung trang ba']);
  });

  it('keeps a line that starts two pages but not the others', () => {
    const pages = [
      page(1, [
        [100, 'Nội dung'],
        [100, 'a'],
      ]),
      page(2, [
        [100, 'Nội dung'],
        [100, 'b'],
      ]),
      page(3, [
        [100, 'c'],
        [100, 'd'],
      ]),
      page(4, [
        [100, 'e'],
        [100, 'f'],
      ]),
    ];
    expect(textOf(pages).filter((text) => text === 'Nội dung')).toHaveLength(2);
  });
});

describe('lines → paragraphs', () => {
  const paragraphs = (lines: readonly (readonly [number, string])[]): string[] =>
    joinWrappedLines(baselinesOf(page(1, lines)));
  // Text from x = 100 to the right edge at 400 (a 50-character line).
  const FULL = 'x'.repeat(50);

  it('joins a wrapped line to the next, but not an item or an indented paragraph that follows', () => {
    expect(
      paragraphs([
        [100, FULL],
        [100, 'cuối câu.'],
        [100, 'a) Mục mới'],
        [100, FULL],
        [124, 'Đoạn mới thụt đầu dòng'],
      ]),
    ).toEqual([`${FULL} cuối câu.`, 'a) Mục mới', FULL, 'Đoạn mới thụt đầu dòng']);
  });

  it('joins a centred title over two lines, but not the upper-case kind heading above it', () => {
    expect(
      paragraphs([
        [100, FULL],
        [226, 'KẾ HOẠCH'],
        [160, 'Nâng cao Chỉ số PAPI của tỉnh'],
        [205, 'Lai Châu năm 2025'],
      ]),
    ).toEqual([FULL, 'KẾ HOẠCH', 'Nâng cao Chỉ số PAPI của tỉnh Lai Châu năm 2025']);
  });

  it('reads side-by-side blocks of a letterhead as separate lines, left first', () => {
    const items = [item('Số: 12/KH-UBND', 100, 700), item('Huế, ngày 2 tháng 4 năm 2024', 300, 700)];
    expect(joinWrappedLines(baselinesOf({ number: 1, items }))).toEqual([
      'Số: 12/KH-UBND',
      'Huế, ngày 2 tháng 4 năm 2024',
    ]);
  });
});

describe('table rows rebuilt from the columns of the header', () => {
  // Columns: STT at 100, task at 130, agency at 330, time at 450; header text centred in narrow columns.
  const header = [
    item('STT', 104, 700),
    item('Nhiệm vụ', 200, 700),
    item('Cơ quan', 345, 700),
    item('Thời gian', 455, 700),
    item('chủ trì', 348, 685),
  ];
  const rowsOf = (items: PdfTextItem[]) => {
    const reading = planDocumentFromPdfText([
      { number: 1, items: [...header, ...items, item('x'.repeat(40), 100, 760)] },
    ]);
    if (!reading.ok) throw new Error('refused');
    const appendix = findAppendixTable(reading.document.tables);
    return {
      columns: appendix?.columns,
      rows: appendix?.rows.map((row) =>
        row.cells.map((cell) => (cell.merged === 'none' ? cell.text : `<${cell.merged}>`)),
      ),
    };
  };

  it('finds the header over two lines and gives each wrapped cell as one cell', () => {
    const { columns, rows } = rowsOf([
      item('1', 110, 660),
      item('Tuyên truyền pháp luật', 134, 660),
      item('Sở Tư pháp', 334, 660),
      item('Quý III/2025', 454, 660),
      item('đến người dân', 134, 645),
      item('và UBND cấp xã', 334, 645),
    ]);
    expect(columns).toEqual({ stt: 0, task: 1, executing: 2, timeframe: 3 });
    expect(rows).toEqual([
      ['1', 'Tuyên truyền pháp luật đến người dân', 'Sở Tư pháp và UBND cấp xã', 'Quý III/2025'],
    ]);
  });

  it('starts a row without a number after a gap wider than a line, and keeps bullets on their own lines', () => {
    const { rows } = rowsOf([
      item('1', 110, 660),
      item('- Việc một', 134, 660),
      item('Sở A', 334, 660),
      item('- Việc hai', 134, 645),
      item('Việc ba', 134, 620),
      item('Sở B', 334, 620),
    ]);
    expect(rows).toEqual([
      ['1', '- Việc một\n- Việc hai', 'Sở A', ''],
      ['', 'Việc ba', 'Sở B', ''],
    ]);
  });

  it('marks the columns a heading row runs across as merged', () => {
    const heading = 'CHỈ SỐ NỘI DUNG 1: SỰ THAM GIA CỦA NGƯỜI DÂN Ở CẤP CƠ SỞ';
    const { rows } = rowsOf([item('I', 112, 660), item(heading, 134, 660)]);
    expect(rows).toEqual([['I', heading, '<from-left>', '<from-left>']]);
  });

  it('refuses a document with (nearly) no text on its pages as a scan', () => {
    expect(
      planDocumentFromPdfText([
        { number: 1, items: [item('Ký bởi: Sở Nội vụ', 100, 50)] },
        { number: 2, items: [] },
      ]),
    ).toEqual({
      ok: false,
      reason: 'noText',
      pages: 2,
    });
  });
});
