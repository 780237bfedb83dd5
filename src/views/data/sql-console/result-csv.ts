// A console result as a CSV file people open in Excel, numbers written the way the UI language writes them
// (decimal comma in Vietnamese, so the separator is then `;`, as Excel expects there). The file itself
// (BOM, CRLF, formula-safe cells) comes from the one CSV writer.

import type { ConsoleCell, ConsoleColumn } from '../../../console/console-query.ts';
import { csvStyleFor, csvText } from '../../../export/csv-writer.ts';
import { decimalSignOf } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/languages.ts';

/** The whole file: BOM, a header line, one line per row, CRLF line ends. */
export function buildResultCsv(
  columns: readonly ConsoleColumn[],
  rows: readonly (readonly ConsoleCell[])[],
  lang: Language,
): string {
  return csvText([columns.map((column) => column.name), ...rows], csvStyleFor(decimalSignOf(lang)));
}
