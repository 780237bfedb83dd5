// What the Data view asks about a dropped workbook before importing it: which sheet (several sheets with
// a header row; an instructions sheet next to one data sheet asks nothing), which years (an official PAPI workbook with several year sheets, newest checked), or the
// year itself (an official workbook whose sheet and file names hold none). Nothing to ask: null.

import { officialSheetYears } from '../papi-workbook/official-sheets.ts';
import { detectFileFormat } from './detect-file-format.ts';
import { findHeaderRow } from './find-header-row.ts';
import { readWorkbook, type WorkbookSheet } from './read-workbook.ts';
import { recogniseKind } from './recognise-kind.ts';

/** The question for one dropped file (`index` is its position among the dropped files). */
export type WorkbookChoice =
  | {
      readonly kind: 'sheet';
      readonly index: number;
      readonly name: string;
      readonly sheets: readonly string[];
    }
  /** The workbook's years, newest first. */
  | {
      readonly kind: 'years';
      readonly index: number;
      readonly name: string;
      readonly years: readonly number[];
    }
  | { readonly kind: 'typedYear'; readonly index: number; readonly name: string };

/** The user's answer for one file. */
export type FileChoice =
  { readonly sheet: string } | { readonly years: readonly number[] } | { readonly typedYear: number };

/** Names of the sheets whose header row is a known kind of file (an instructions sheet is not one). */
const headerSheetNames = (sheets: readonly WorkbookSheet[], indicatorCodes: readonly string[]): string[] =>
  sheets
    .filter((sheet) => {
      const headerRow = findHeaderRow(sheet.rows);
      return headerRow !== -1 && recogniseKind(sheet.rows[headerRow] ?? [], indicatorCodes).ok;
    })
    .map((sheet) => sheet.name);

/** The question a dropped file raises, or null when it is read as it is (CSV, one sheet, one year). */
export async function workbookChoice(
  index: number,
  name: string,
  bytes: Uint8Array,
  indicatorCodes: readonly string[],
): Promise<WorkbookChoice | null> {
  const format = detectFileFormat(bytes);
  if (format !== 'xlsx' && format !== 'xls') return null;
  const workbook = await readWorkbook(bytes);
  if (!workbook.ok) return null;
  const withHeader = headerSheetNames(workbook.sheets, indicatorCodes);
  if (withHeader.length > 1) return { kind: 'sheet', index, name, sheets: withHeader };
  if (withHeader.length === 1) return null;
  const official = officialSheetYears(workbook.sheets, name);
  const years = [...new Set(official.flatMap((sheet) => sheet.year ?? []))];
  if (years.length > 1) return { kind: 'years', index, name, years };
  // Newest first, a sheet without a year last: the first has none only when no sheet has one.
  if (official[0] !== undefined && official[0].year === null) return { kind: 'typedYear', index, name };
  return null;
}
