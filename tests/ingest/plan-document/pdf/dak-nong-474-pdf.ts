// Plan 474/KH-UBND (the seed) as a PDF: its opening lines, then its appendix as a ruled table whose cells
// wrap over several lines, the dimension rows merged across the task columns, the header and column
// numbers repeated at the top of each page, page numbers from page 2.

import { taskTextFromCell } from '../../../../src/ingest/plan-document/task-text.ts';
import { readRepoFile } from '../plan-reference.ts';
import { buildPdf, paragraphsOf, type PdfCell } from './build-pdf.ts';

const SEED = readRepoFile('seeds/dak-nong-474-KH-UBND-2024-papi-plan.txt');
// STT, Chỉ số nội dung, Nhiệm vụ, Cơ quan thực hiện, Cơ quan hướng dẫn theo dõi, Thời gian (points).
const WIDTHS = [32, 80, 150, 70, 70, 51];

/** The seed's appendix rows (header, column numbers, data), task cells as plain text with "- " bullets. */
function seedAppendixRows(): string[][] {
  const lines = SEED.split('\n');
  const start = lines.findIndex((line) => line.startsWith('STT\t'));
  const end = lines.findIndex((line, index) => index > start && /^-{3,}\t/.test(line));
  return lines
    .slice(start, end)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t').map((cell, column) => (column === 2 ? taskTextFromCell(cell) : cell)));
}

/** A dimension row (a number and its long text, nothing else) merged across the columns after STT. */
const asPrinted = (row: readonly string[]): PdfCell[] => {
  const [stt = '', label = '', ...rest] = row;
  return rest.every((cell) => cell === '') && label !== ''
    ? [stt, { text: label, span: WIDTHS.length - 1 }]
    : [...row];
};

export const buildDakNong474Pdf = (): Promise<Uint8Array> =>
  buildPdf([
    ...paragraphsOf(
      SEED.split('\n')
        .slice(0, 12)
        .filter((line) => line.trim() !== ''),
    ),
    { kind: 'table', widths: WIDTHS, rows: seedAppendixRows().map(asPrinted), headerRows: 2 },
  ]);
