import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { encodeUtf8 } from './encode-windows-1258.ts';
import { BUNDLED_CONTEXT } from './import-test-context.ts';
import { CASES, PROGRESS, SCORES } from './validation-cases.ts';

const read = (csv: string) =>
  readImportFile({ name: 'r.csv', bytes: encodeUtf8(csv, false) }, BUNDLED_CONTEXT);
describe('validation problems', () => {
  it.each(CASES)('locates $error', async ({ csv, problem }) => {
    const result = await read(csv);
    // Exactly one problem, located; args hold at least the values listed.
    const located = {
      file: 'r.csv',
      sheet: null,
      ...problem,
      args: expect.objectContaining(problem.args ?? {}),
    };
    expect(result.problems).toEqual([located]);
  });

  it('keeps an exact duplicate once without complaint (a line pasted twice)', async () => {
    const result = await read(`${SCORES}P43;2024;1;5\nĐắk Nông;2024;1;5,0\n`);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
  });

  it('reports every problem of a row, not only the first', async () => {
    const result = await read(`${PROGRESS}474-1.1-a;Quý 5/2024;;Sắp xong;200;hôm qua\n`);
    expect(result.problems.map((problem) => problem.key)).toEqual([
      'unknownPeriod',
      'missingValue',
      'unknownStatus',
      'percentOutOfRange',
      'badDate',
    ]);
  });

  it('skips blank rows inside the data without shifting the row numbers after them', async () => {
    const result = await read(`${SCORES}P43;2024;1;5\n;;;\nP43;2024;2;12\n`);
    expect(result.problems).toMatchObject([{ row: 5, key: 'scoreOutOfScale' }]);
  });
});
