// CSV text for files the user downloads and opens in Excel: UTF-8 with a BOM (so Excel reads the
// diacritics), CRLF, quoted where needed, and formula-safe: a cell that starts like a formula is
// written with a leading apostrophe so a spreadsheet shows it as text instead of running it.

/** Byte order mark: tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

// = + - @ start a formula in Excel/LibreOffice; tab and CR can smuggle one in after import.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised if it could run as a formula, quoted if it holds a comma, quote or line break. */
export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A whole CSV file: BOM, one line per row, CRLF line ends. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A `data:` URL for a download link (no blob to revoke, no request). */
export function csvDataUrl(text: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`;
}
