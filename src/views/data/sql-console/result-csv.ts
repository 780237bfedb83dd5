// A console result as a CSV file people open in Excel, numbers written the way the UI language writes them
// (decimal comma in Vietnamese, so the separator is then `;`, as Excel expects there). The file itself
// (BOM, CRLF, formula-safe cells) comes from the one CSV writer.

import type { ConsoleCell, ConsoleColumn } from '../../../console/console-query.ts';
import { csvText, delimiterFor, type CsvStyle } from '../../../export/csv-writer.ts';
import type { Language } from '../../../i18n/languages.ts';

/** Vietnamese writes 40,54, so its CSVs are `;`-separated; English writes 40.54 with `,`. */
function csvNumberStyle(lang: Language): CsvStyle {
  const decimal = lang === 'vi' ? ',' : '.';
  return { decimal, delimiter: delimiterFor(decimal) };
}

/** The whole file: BOM, a header line, one line per row, CRLF line ends. */
export function buildResultCsv(
  columns: readonly ConsoleColumn[],
  rows: readonly (readonly ConsoleCell[])[],
  lang: Language,
): string {
  return csvText([columns.map((column) => column.name), ...rows], csvNumberStyle(lang));
}
