// The README promises to list every header and status the importer accepts: this keeps the promise true.
// Each README table is read row by row, so a deleted or emptied row fails (a word found elsewhere in
// the README does not count), and so does a row listing a value the importer does not accept.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_ALIASES } from '../../src/ingest/read/header-aliases.ts';
import { STATUS_ALIASES } from '../../src/ingest/read/parse-values.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/**
 * The rows of the two-column README table whose header line starts with `headerStart`:
 * key (the first cell, without backticks) → the values of the second cell, split on ' · '.
 */
function readAliasTable(headerStart: string): Record<string, string[]> {
  const lines = readme.split('\n');
  const header = lines.findIndex((line) => line.startsWith(headerStart));
  expect(header, `README table "${headerStart}"`).toBeGreaterThanOrEqual(0);
  const rows: Record<string, string[]> = {};
  // Skip the header and its '| --- |' line; the table ends at the first line that is not a row.
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    // Split on cell bars, not on '\|' (an escaped bar inside a value).
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((cell) => cell.trim());
    const [key = '', values = ''] = cells;
    rows[key.replace(/`/g, '')] = values
      .split(' · ')
      .map((value) => value.trim().replace(/\\\|/g, '|'))
      .filter((value) => value !== '');
  }
  return rows;
}

const sorted = (record: Readonly<Record<string, readonly string[]>>): Record<string, string[]> =>
  Object.fromEntries(
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, values]) => [key, [...values].sort()]),
  );

describe('README import section', () => {
  it('lists every column with exactly the header aliases the importer accepts', () => {
    expect(sorted(readAliasTable('| column | accepted headers'))).toEqual(sorted(HEADER_ALIASES));
  });

  it('lists every status with exactly the values the importer accepts', () => {
    expect(sorted(readAliasTable('| status | accepted values'))).toEqual(sorted(STATUS_ALIASES));
  });
});
