// The numbers behind a chart as CSV that Vietnamese Excel opens correctly: `;` between fields when the comma
// is the decimal sign, one header row, the source in the last rows. The table's display numbers ("−0,34",
// "1.234,5") become plain CSV numbers; the rest is written by the one CSV writer (csv-writer.ts).
import type { ChartTable } from '../charts/chart-spec.ts';
import { csvStyleFor, csvText, type CsvValue, type DecimalSeparator } from './csv-writer.ts';

export interface CsvOptions {
  /** The decimal sign written in numbers; ',' also makes ';' the field delimiter. */
  decimal: DecimalSeparator;
  /** How the table's cells write numbers (the UI language's format): "1.234,5" (vi) or "1,234.5" (en). */
  cellDecimal: DecimalSeparator;
  /** Label/value rows after the data, e.g. [["Nguồn", "CECODES & UNDP…"], ["Ngày xuất", "2026-11-27"]]. */
  footer: readonly (readonly [string, string])[];
}

/**
 * A display number ("38,97", "−1,57", "+0,20", "1.234,5") as plain CSV digits with `decimal` ("-1,57"), or
 * null when the text is not just a number (percentages, ranks and words stay text).
 */
export function toCsvNumber(
  text: string,
  cellDecimal: DecimalSeparator,
  decimal: DecimalSeparator,
): string | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const match = /^([+\-\u2212]?)(\d[\d.,]*)$/.exec(compact);
  if (match === null) return null;
  const sign = match[1] === '-' || match[1] === '\u2212' ? '-' : '';
  const digits = match[2] ?? '';
  const group = cellDecimal === ',' ? '.' : ',';
  const grouped = cellDecimal === ',' ? /^\d{1,3}(\.\d{3})*(,\d+)?$/ : /^\d{1,3}(,\d{3})*(\.\d+)?$/;
  const plain = cellDecimal === ',' ? /^\d+(,\d+)?$/ : /^\d+(\.\d+)?$/;
  if (!grouped.test(digits) && !plain.test(digits)) return null;
  const [whole = '', fraction] = digits.split(cellDecimal);
  const integer = whole.split(group).join('');
  return `${sign}${integer}${fraction === undefined ? '' : decimal + fraction}`;
}

/** One cell: a number in CSV form, an empty field for a missing value, otherwise text (the writer neutralises it). */
function chartCell(text: string, options: CsvOptions): string {
  // Only spaces are trimmed: a leading tab or carriage return is kept and neutralised, not silently dropped.
  const trimmed = text.normalize('NFC').replace(/^ +| +$/g, '');
  if (trimmed.trim() === '' || trimmed === '—') return '';
  return toCsvNumber(trimmed, options.cellDecimal, options.decimal) ?? trimmed;
}

/** The whole file's text: BOM, header row, data rows, an empty row, then the footer rows (CRLF lines). */
export function buildCsvText(table: ChartTable, options: CsvOptions): string {
  const header = table.columns.map((column) => column.normalize('NFC').trim());
  // Row headers stay text: a code like "1.1" is a label, not a number.
  const rows = table.rows.map((row) => [
    row.header.normalize('NFC').replace(/^ +| +$/g, ''),
    ...row.cells.map((cell) => chartCell(cell, options)),
  ]);
  const footer = options.footer.map(([label, value]) => [label, value.normalize('NFC')]);
  const lines: (readonly CsvValue[])[] = [header, ...rows, [], ...footer];
  return csvText(lines, csvStyleFor(options.decimal));
}
