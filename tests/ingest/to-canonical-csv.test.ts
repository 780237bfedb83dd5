import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import {
  csvField,
  TABLE_OF_KIND,
  toCanonicalCsv,
  toPlansCsv,
} from '../../src/ingest/read/to-canonical-csv.ts';
import { fetchScoredYears } from '../../src/queries/scored-years.ts';
import { createLoadedConnector, readBundledFiles } from '../helpers/data-files.ts';
import { encodeUtf8 } from './encode-windows-1258.ts';
import { BUNDLED_CONTEXT, readImportFixture } from './import-test-context.ts';

const BUNDLED_FILES = readBundledFiles();

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

async function readFixture(name: string) {
  const result = await readImportFile({ name, bytes: readImportFixture(name) }, BUNDLED_CONTEXT);
  if (result.kind === null || result.problems.length > 0) throw new Error(`${name} must read cleanly`);
  return result;
}

// Another province's plan as an office would type it: province by name, sub-dimension without its dimension.
const PLAN_FILE = [
  'Mã nhiệm vụ;Kế hoạch;Chỉ số thành phần;Nhiệm vụ;Cơ quan thực hiện;Tỉnh;Năm mục tiêu',
  'HN-1.1-a;12/KH-UBND;1.1;"Tuyên truyền, phổ biến ""Luật""";Sở Tư pháp;Hà Nội;2025',
  'HN-2.1-a;12/KH-UBND;2.1;Công khai thông tin;;Hà Nội;2025',
].join('\r\n');

describe('csvField', () => {
  it.each([
    [null, ''],
    [38.97, '38.97'],
    ['Sở Nội vụ', 'Sở Nội vụ'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    [' padded', '" padded"'],
  ])('writes %j as %j', (value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCanonicalCsv', () => {
  it.each(['scores_long', 'scores_wide', 'task_progress', 'plan_tasks'] as const)(
    'writes the bundled header of the table %s loads into',
    (kind) => {
      const bundledHeader = BUNDLED_FILES[TABLE_OF_KIND[kind]].split(/\r?\n/)[0];
      expect(toCanonicalCsv({ kind, rows: [] } as Parameters<typeof toCanonicalCsv>[0]).trimEnd()).toBe(
        bundledHeader,
      );
    },
  );

  it('loads imported progress through loadTables into DuckDB, values intact', async () => {
    const imported = await readFixture('progress-excel.xlsx');
    await loadTables(
      conn,
      { task_progress: toCanonicalCsv(imported) },
      { sources: { task_progress: 'progress-excel.xlsx' } },
    );
    const rows = await conn.query(sql`SELECT * FROM task_progress ORDER BY task_id`);
    expect(rows).toEqual(imported.rows);
    const [dataset] = await conn.query(
      sql`SELECT source, is_sample, row_count FROM datasets WHERE name = 'task_progress'`,
    );
    expect(dataset).toEqual({ source: 'progress-excel.xlsx', is_sample: false, row_count: 3 });
  });

  it('loads wide scores for a new year, which becomes a scored year of the province', async () => {
    const imported = await readFixture('scores-wide-decimal-comma.csv');
    await loadTables(
      conn,
      { score_rows: toCanonicalCsv(imported) },
      { sources: { score_rows: 'scores-wide-decimal-comma.csv' } },
    );
    const rows = await conn.query(
      sql`SELECT province_code, year, indicator, score FROM score_rows ORDER BY province_code, indicator`,
    );
    expect(rows).toEqual([
      { province_code: '01', year: 2025, indicator: '1', score: 5.49 },
      { province_code: '01', year: 2025, indicator: 'total', score: 44.73 },
      { province_code: '68', year: 2025, indicator: '1', score: 5.08 },
      { province_code: '68', year: 2025, indicator: '1.1', score: 1.3 },
      { province_code: '68', year: 2025, indicator: 'total', score: 42.17 },
    ]);
    expect(await fetchScoredYears(conn, '68')).toEqual([2025]);
  });

  it('loads an imported plan into plan_tasks and plans, with commas and quotes in the text', async () => {
    const imported = await readImportFile(
      { name: 'plan.csv', bytes: encodeUtf8(PLAN_FILE, true) },
      BUNDLED_CONTEXT,
    );
    if (imported.kind !== 'plan_tasks') throw new Error(`plan read as ${String(imported.kind)}`);
    expect(imported.problems).toEqual([]);
    const files = { plan_tasks: toCanonicalCsv(imported), plans: toPlansCsv(imported.rows, 'plan.csv') };
    await loadTables(conn, files, { sources: { plan_tasks: 'plan.csv', plans: 'plan.csv' } });
    const tasks = await conn.query(
      sql`SELECT task_id, dimension, task, executing_agencies FROM plan_tasks ORDER BY task_id`,
    );
    expect(tasks).toEqual([
      {
        task_id: 'HN-1.1-a',
        dimension: '1',
        task: 'Tuyên truyền, phổ biến "Luật"',
        executing_agencies: 'Sở Tư pháp',
      },
      { task_id: 'HN-2.1-a', dimension: '2', task: 'Công khai thông tin', executing_agencies: null },
    ]);
    expect(await conn.query(sql`SELECT plan, province_code, target_year, source FROM plans`)).toEqual([
      { plan: '12/KH-UBND', province_code: 'P01', target_year: 2025, source: 'plan.csv' },
    ]);
  });
});
