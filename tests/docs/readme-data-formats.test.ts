// The README's table of bundled files promises each file's columns: this keeps the promise true, file by file
// (a file missing from the table, or a column added, renamed or dropped in either place, fails).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILE_NAMES } from '../../src/ingest/bundled-file-names.ts';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const headerOf = (file: string): string[] =>
  (readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8').split(/\r?\n/u)[0] ?? '')
    .split(',')
    .map((column) => column.trim());

/** The README table `| file | columns | what |`: file name → its columns as listed. */
function readmeColumns(): Record<string, string[]> {
  const lines = readme.split('\n');
  const header = lines.findIndex((line) => line.startsWith('| file | columns | what |'));
  expect(header, 'README table "| file | columns | what |"').toBeGreaterThanOrEqual(0);
  const rows: Record<string, string[]> = {};
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [file = '', columns = ''] = line
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.replace(/`/g, '').trim());
    rows[file] = columns.split(',').map((column) => column.trim());
  }
  return rows;
}

describe('README data formats', () => {
  it.each(Object.values(BUNDLED_FILE_NAMES))('lists %s with the columns of its header row', (file) => {
    expect(readmeColumns()[file], file).toEqual(headerOf(file));
  });
});
