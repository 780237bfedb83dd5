import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { encodeUtf8 } from './encode-windows-1258.ts';
import { BUNDLED_CONTEXT, readImportFixture } from './import-test-context.ts';

const read = (name: string) => readImportFile({ name, bytes: readImportFixture(name) }, BUNDLED_CONTEXT);

describe('readImportFile on bad files', () => {
  it.each([
    {
      name: 'scores-bad-values.csv',
      keys: [
        'unknownProvince',
        'yearOutOfRange',
        'unknownIndicator',
        'scoreOutOfScale',
        'badNumber',
        'duplicateConflict',
      ],
    },
    {
      name: 'progress-bad-values.csv',
      keys: [
        'unknownStatus',
        'unknownPeriod',
        'percentOutOfRange',
        'badDate',
        'missingValue',
        'duplicateConflict',
      ],
    },
    { name: 'progress-header-only.csv', keys: ['headerOnly'] },
    { name: 'progress-missing-status.csv', keys: ['missingColumn'] },
    { name: 'empty.csv', keys: ['emptyFile'] },
    { name: 'not-a-spreadsheet.pdf', keys: ['notSpreadsheet'] },
  ])('reports $keys for $name', async ({ name, keys }) => {
    const result = await read(name);
    expect(result.problems.map((problem) => problem.key)).toEqual(keys);
    expect(result.problems.every((problem) => problem.file === name)).toBe(true);
  });

  it.each([
    {
      what: 'a Word file',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...encodeUtf8('word/document.xml', false)]),
      key: 'notSpreadsheet',
      args: { found: 'Word .docx' },
    },
    {
      what: 'a broken .xlsx',
      bytes: readImportFixture('progress-excel.xlsx').slice(0, 300),
      key: 'unreadableWorkbook',
      args: {},
    },
    { what: 'a zero-byte file', bytes: new Uint8Array(), key: 'emptyFile', args: {} },
  ])('refuses $what with one file-level problem', async ({ bytes, key, args }) => {
    const result = await readImportFile({ name: 'f', bytes }, BUNDLED_CONTEXT);
    expect(result.problems).toEqual([{ file: 'f', sheet: null, row: null, column: null, key, args }]);
  });

  it('refuses a file above the size limit before reading it', async () => {
    const result = await readImportFile(
      { name: 'big.csv', bytes: new Uint8Array(3 * 1_048_576) },
      { ...BUNDLED_CONTEXT, maxBytes: 2 * 1_048_576 },
    );
    expect(result.problems).toMatchObject([
      { key: 'fileTooLarge', args: { found: '3.0 MB', expected: '2.0 MB' } },
    ]);
  });
});
