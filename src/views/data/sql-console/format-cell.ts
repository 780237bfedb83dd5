// How the result table writes a cell: numbers per locale (grouping only from five digits, so years stay
// "2024"), missing values as an em dash, everything else as text.

import { MISSING_VALUE } from '../../../i18n/format.ts';
import type { ConsoleCell } from '../../../console/console-query.ts';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormatter(locale: string): Intl.NumberFormat {
  let formatter = formatters.get(locale);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 6, useGrouping: 'min2' });
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** One cell as the table shows it in `locale`. */
export function formatConsoleCell(value: ConsoleCell, locale: string): string {
  if (value === null) return MISSING_VALUE;
  if (typeof value === 'number') return numberFormatter(locale).format(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
