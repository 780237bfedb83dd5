// The one CSV writer behind every file the app lets people download (a chart's numbers, a console result,
// the problems of a refused import, the import templates): UTF-8 with a BOM so Excel reads the diacritics,
// CRLF line ends, quotes only where a field needs them, and formula-safe (OWASP "CSV injection"): a text
// cell that starts like a formula gets a leading apostrophe, while a number, a negative one included,
// stays a number.

/** Byte order mark: tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

export type DecimalSeparator = ',' | '.';
export type CsvDelimiter = ',' | ';';

/** How a file writes numbers and separates fields. */
export interface CsvStyle {
  delimiter: CsvDelimiter;
  /** The decimal sign of numbers given as numbers. */
  decimal: DecimalSeparator;
}

/** Comma-separated with a decimal point, whatever the UI language: for files read back by the importer
 * (templates) or holding no fractional numbers (the problems of an import). */
export const COMMA_CSV_STYLE: CsvStyle = { delimiter: ',', decimal: '.' };

/** A cell: text, a number, a boolean, or null for an empty field. */
export type CsvValue = string | number | boolean | null;

// = + - @ start a formula in Excel/LibreOffice; tab and CR can smuggle one in after import.
const FORMULA_START = /^[=+\-@\t\r]/;
/** Text that is just a number ("-0,5", "-3.5"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** Numbers written with `decimal`, and the field delimiter that goes with it: `;` where the comma is the decimal sign. */
export function csvStyleFor(decimal: DecimalSeparator): CsvStyle {
  return { decimal, delimiter: decimal === ',' ? ';' : ',' };
}

/** A text cell a spreadsheet would run as a formula gets a leading apostrophe (shown as text, never run). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function quoteIfNeeded(text: string, delimiter: CsvDelimiter): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One field as CSV text: numbers in the style's decimal sign, text neutralised, quoted where needed. */
export function csvField(value: CsvValue, style: CsvStyle): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const text = Number.isFinite(value) ? String(value) : '';
    return quoteIfNeeded(style.decimal === ',' ? text.replace('.', ',') : text, style.delimiter);
  }
  return quoteIfNeeded(neutraliseFormula(value), style.delimiter);
}

/** A whole file: BOM, one line per row (an empty row stays an empty line), CRLF line ends. */
export function csvText(rows: readonly (readonly CsvValue[])[], style: CsvStyle): string {
  const lines = rows.map((row) => row.map((value) => csvField(value, style)).join(style.delimiter));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** A `data:` URL for a download link (no blob to revoke, no request). */
export function csvDataUrl(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}
