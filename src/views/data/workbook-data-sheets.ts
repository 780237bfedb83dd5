// Which sheets of a dropped workbook hold data the importer recognises: when there are several, the
// user picks one; an instructions sheet next to one data sheet asks nothing (the reader finds it).
// An official PAPI workbook's year sheets are offered newest first.

import { officialSheetNames } from '../../ingest/papi-workbook/official-sheets';
import { detectFileFormat } from '../../ingest/read/detect-file-format';
import { findHeaderRow } from '../../ingest/read/find-header-row';
import { readWorkbook, type WorkbookSheet } from '../../ingest/read/read-workbook';
import { recogniseKind } from '../../ingest/read/recognise-kind';

/** Names of the sheets whose header row is a known kind of file; [] for CSV and unreadable files. */
export async function workbookDataSheets(
  bytes: Uint8Array,
  indicatorCodes: readonly string[],
): Promise<string[]> {
  const format = detectFileFormat(bytes);
  if (format !== 'xlsx' && format !== 'xls') return [];
  const workbook = await readWorkbook(bytes);
  if (!workbook.ok) return [];
  const recognised = headerSheetNames(workbook.sheets, indicatorCodes);
  // An official PAPI workbook has one sheet per year: offered newest first, the default choice.
  return recognised.length > 0 ? recognised : officialSheetNames(workbook.sheets, '');
}

/** Names of the sheets whose header row is a known kind of file (the long layouts, progress, plans). */
export const headerSheetNames = (
  sheets: readonly WorkbookSheet[],
  indicatorCodes: readonly string[],
): string[] =>
  sheets
    .filter((sheet) => {
      const headerRow = findHeaderRow(sheet.rows);
      return headerRow !== -1 && recogniseKind(sheet.rows[headerRow] ?? [], indicatorCodes).ok;
    })
    .map((sheet) => sheet.name);
