import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { BUNDLED_CONTEXT, readImportFixture } from './import-test-context.ts';

const read = (name: string, context = BUNDLED_CONTEXT) =>
  readImportFile({ name, bytes: readImportFixture(name) }, context);

/** What every progress fixture holds (see build-import-fixtures.ts), however it was saved. */
const PROGRESS_ROWS = [
  {
    task_id: '474-1.1-a',
    period: '2024-Q3',
    unit: 'Sở Nội vụ',
    status: 'done',
    percent: 100,
    reported_on: '2024-10-15',
    note: null,
  },
  {
    task_id: '474-1.2-a',
    period: '2024-Q3',
    unit: 'Sở Nội vụ',
    status: 'in_progress',
    percent: 45.5,
    reported_on: '2024-10-15',
    note: 'Đã tổ chức 3 hội nghị;\ncòn 2 huyện, "chưa"',
  },
  {
    task_id: '474-1.3-a',
    period: '2024-H1',
    unit: 'Huyện Cư Jút',
    status: 'not_started',
    percent: 0,
    reported_on: '2024-07-01',
    note: null,
  },
];

describe('readImportFile on the fixtures', () => {
  it.each([
    'progress-semicolon-bom-crlf.csv', // `;`, BOM, CRLF, title lines, decimal comma, quoted newline, trailing blanks
    'progress-windows-1258.csv', // ANSI code page, `,`
    'progress-unicode-text.txt', // UTF-16 LE, tab
    'progress-excel.xlsx', // instructions sheet first, percent and date cells
  ])('reads the same three progress rows from %s', async (name) => {
    const result = await read(name);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ kind: 'task_progress', rows: PROGRESS_ROWS });
  });

  it('picks the first sheet with a recognised layout and lists the sheets to choose from', async () => {
    expect(await read('progress-excel.xlsx')).toMatchObject({
      sheet: 'Báo cáo',
      sheets: ['Hướng dẫn', 'Báo cáo'],
    });
  });

  it('reads the sheet the user picked, locating its problems on that sheet', async () => {
    const result = await read('progress-excel.xlsx', { ...BUNDLED_CONTEXT, sheet: 'Hướng dẫn' });
    expect(result).toMatchObject({ kind: null, sheet: 'Hướng dẫn', rows: [] });
    expect(result.problems).toEqual([
      {
        file: 'progress-excel.xlsx',
        sheet: 'Hướng dẫn',
        row: null,
        column: null,
        key: 'unknownLayout',
        args: {},
      },
    ]);
  });

  it('reads long scores for 2025 in the new map: statistics-office code, English name, name without diacritics', async () => {
    const result = await read('scores-long-2025.csv');
    expect(result.problems).toEqual([]);
    expect(result.kind).toBe('scores_long');
    expect(result.rows).toEqual([
      { province_code: '68', year: 2025, indicator: '1.1', score: 1.52, source: 'PAPI 2025', note: null },
      { province_code: '68', year: 2025, indicator: '1', score: 5.1, source: 'PAPI 2025', note: null },
      { province_code: '79', year: 2025, indicator: 'total', score: 44.73, source: 'PAPI 2025', note: null },
      { province_code: '46', year: 2025, indicator: '8.3', score: 0.61, source: 'PAPI 2025', note: null },
    ]);
  });

  it('unpivots wide scores with decimal commas, skipping empty cells', async () => {
    const result = await read('scores-wide-decimal-comma.csv');
    expect(result.problems).toEqual([]);
    expect(result.kind).toBe('scores_wide');
    expect(result.rows.map((row) => 'score' in row && [row.province_code, row.indicator, row.score])).toEqual(
      [
        ['68', '1', 5.08],
        ['68', '1.1', 1.3],
        ['68', 'total', 42.17],
        ['01', '1', 5.49],
        ['01', 'total', 44.73],
      ],
    );
  });
});
