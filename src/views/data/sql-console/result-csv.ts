// A console result as a CSV file people open in Excel: UTF-8 with a BOM, CRLF, numbers written the way the
// UI language writes them (decimal comma in Vietnamese, so the separator is then `;`, as Excel expects
// there) and formula-safe: a text cell that starts like a formula (= + - @, tab, CR) gets a leading
// apostrophe, while numbers, negative ones included, stay numbers.

import type { ConsoleCell, ConsoleColumn } from '../../../console/console-query.ts';
import type { Language } from '../../../i18n/languages.ts';

export const UTF8_BOM = '\uFEFF';

/** How a language writes numbers in a CSV: its decimal sign and the field separator that goes with it. */
export interface CsvNumberStyle {
  decimal: '.' | ',';
  separator: ',' | ';';
}

/** Vietnamese writes 40,54, so its CSVs are `;`-separated; English writes 40.54 with `,`. */
export function csvNumberStyle(lang: Language): CsvNumberStyle {
  return lang === 'vi' ? { decimal: ',', separator: ';' } : { decimal: '.', separator: ',' };
}

const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is just a number (e.g. "-3.5"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

function quoteIfNeeded(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell as CSV text. */
export function resultCsvCell(value: ConsoleCell, style: CsvNumberStyle): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return quoteIfNeeded(style.decimal === ',' ? text.replace('.', ',') : text, style.separator);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const safe = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return quoteIfNeeded(safe, style.separator);
}

/** The whole file: BOM, a header line, one line per row, CRLF line ends. */
export function buildResultCsv(
  columns: readonly ConsoleColumn[],
  rows: readonly (readonly ConsoleCell[])[],
  lang: Language,
): string {
  const style = csvNumberStyle(lang);
  const lines = [
    columns.map((column) => resultCsvCell(column.name, style)).join(style.separator),
    ...rows.map((row) => row.map((cell) => resultCsvCell(cell, style)).join(style.separator)),
  ];
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
