// A delimited text file (CSV from Excel, TXT) read as one table: its encoding and delimiter found, then read
// as readTable reads a sheet. Without the workbook readers, so the page can read a CSV without SheetJS.

import type { HeldFile } from './held-file.ts';
import { decodeText } from './decode-text.ts';
import type { FileFormat } from './detect-file-format.ts';
import { fileProblem } from './import-problem.ts';
import type { ImportContext } from './import-rows.ts';
import { failed, readHeldWith, unreadableFile, type ImportFile, type ImportResult } from './import-result.ts';
import { readTable } from './read-table.ts';
import { sniffTable } from './sniff-table.ts';

const FORMAT_LABELS: Readonly<Partial<Record<FileFormat, string>>> = {
  pdf: 'PDF',
  docx: 'Word .docx',
  doc: 'Word .doc',
  zip: 'ZIP',
  binary: 'binary',
};

/** The file's text as one table; a file that is not text (a PDF, a Word document…) is refused, saying what it is. Never throws. */
export function readTextFile(file: ImportFile, context: ImportContext): ImportResult {
  const at = { file: file.name, sheet: null };
  try {
    const decoded = decodeText(file.bytes);
    if (!decoded.ok) {
      return failed(
        [],
        [fileProblem(at, 'notSpreadsheet', { found: FORMAT_LABELS[decoded.format] ?? decoded.format })],
      );
    }
    const sniffed = sniffTable(decoded.text);
    const table = { name: null, rows: sniffed.rows, headerRowIndex: sniffed.headerRowIndex };
    return readTable(table, file, context, []);
  } catch (error) {
    return unreadableFile(at, error);
  }
}

/** readTextFile of a held file (the large scores CSV that DuckDB could not take, read row by row on the page). */
export const readHeldTextFile = (file: HeldFile, context: ImportContext): Promise<ImportResult> =>
  readHeldWith(file, context, (inHand, inContext) => Promise.resolve(readTextFile(inHand, inContext)));
