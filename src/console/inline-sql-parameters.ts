// Turns a bound query (text with `?` + params, as the `sql` tag builds it) into SQL a person can read and
// run in the console: each placeholder replaced by a literal. Only for showing a query, never for running
// the app's own queries (those stay bound).

import { tokenizeSql } from './sql-tokens.ts';
import type { SqlValue } from '../db/sql.ts';

/** One value as a SQL literal: strings quoted ('' doubles a quote), NULL, TRUE/FALSE, numbers as written. */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new TypeError(`Cannot write non-finite number ${String(value)} as SQL.`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/** `text` with every `?` placeholder (not those in strings, quoted names or comments) replaced by its param's literal. */
export function inlineSqlParameters(text: string, params: readonly SqlValue[]): string {
  const placeholders = tokenizeSql(text).filter((token) => token.kind === 'symbol' && token.value === '?');
  if (placeholders.length !== params.length) {
    throw new RangeError(`The query has ${placeholders.length} placeholders but ${params.length} params.`);
  }
  let result = '';
  let from = 0;
  placeholders.forEach((placeholder, index) => {
    result += text.slice(from, placeholder.offset) + sqlLiteral(params[index] ?? null);
    from = placeholder.offset + 1;
  });
  return result + text.slice(from);
}
