// Large long-layout score files are read by DuckDB, not row by row in JavaScript: papaparse only sniffs
// the first lines (delimiter, title lines, header), and the plan says where each column is. A file that
// does not fit the plan (another layout, a workbook, UTF-16) takes the ordinary path.

import { detectFileFormat } from './detect-file-format.ts';
import type { BulkScoresPlan, ImportContext } from './import-rows.ts';
import { recogniseKind } from './recognise-kind.ts';
import { sniffTable } from './sniff-table.ts';

/** Below this size the row-by-row reader is fast enough (~0.2 s) and gives the same answers. */
export const BULK_MIN_BYTES = 4 * 1024 * 1024;

/** How much of the file papaparse sniffs: far more than the 30 rows a header is looked for in. */
const HEAD_BYTES = 64 * 1024;

const hasUtf16Bom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/** The file's head as text, cut at its last line break so no row is cut in two. */
function headText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes.subarray(0, HEAD_BYTES)).normalize('NFC');
  const lastBreak = text.lastIndexOf('\n');
  return bytes.length <= HEAD_BYTES || lastBreak === -1 ? text : text.slice(0, lastBreak + 1);
}

/** The plan for reading `bytes` in DuckDB, or null when the file should take the row-by-row path. */
export function planBulkScores(bytes: Uint8Array, context: ImportContext): BulkScoresPlan | null {
  const minBytes = context.bulkMinBytes ?? BULK_MIN_BYTES;
  if (bytes.length < minBytes || detectFileFormat(bytes) !== 'text' || hasUtf16Bom(bytes)) return null;
  const sniffed = sniffTable(headText(bytes));
  const headerRow = sniffed.rows[sniffed.headerRowIndex];
  if (headerRow === undefined) return null;
  const recognised = recogniseKind(
    headerRow,
    context.indicators.map((indicator) => indicator.code),
  );
  if (!recognised.ok || recognised.kind !== 'scores_long') return null;
  const { province, year, indicator, score, source } = recognised.header.columns;
  if (province === undefined || year === undefined || indicator === undefined || score === undefined)
    return null;
  // Title lines with quoted line breaks would make DuckDB's line count differ from the record count.
  if (
    sniffed.rows.slice(0, sniffed.headerRowIndex + 1).some((row) => row.some((cell) => /[\r\n]/.test(cell)))
  ) {
    return null;
  }
  return {
    delimiter: sniffed.delimiter,
    skipLines: sniffed.headerRowIndex + 1,
    columnCount: headerRow.length,
    columns: { province, year, indicator, score, source: source ?? null },
  };
}
