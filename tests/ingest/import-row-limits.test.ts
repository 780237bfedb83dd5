// A file with more data rows than its kind's bound is refused while reading, before anything reaches the
// engine: the message names the file, the bound and the count, and the loaded data stays as it was.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as XLSX from '@e965/xlsx';
import type { Connector } from '../../src/db/connector.ts';
import { applyImport } from '../../src/ingest/apply/apply-import.ts';
import { describeProblem } from '../../src/ingest/read/describe-problem.ts';
import { MAX_IMPORT_ROWS } from '../../src/ingest/read/max-import-rows.ts';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { importAndKeep } from '../../src/session/import-and-keep.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { fingerprintTables } from './apply/apply-test-support.ts';
import { BUNDLED_CONTEXT } from './import-test-context.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** A progress CSV of `count` distinct reports on plan 474's first task (one unit each). */
const progressCsv = (count: number): Uint8Array => {
  const lines = ['task_id,period,unit,status'];
  for (let index = 0; index < count; index += 1) lines.push(`474-1.1-a,2024-Q3,Đơn vị ${index},done`);
  return encode(`${lines.join('\n')}\n`);
};

/** A long scores CSV of `count` rows on distinct keys (provinces × years × indicators of the bundled data). */
const scoresCsv = (count: number): Uint8Array => {
  const lines = ['province,year,indicator,score'];
  const provinces = BUNDLED_CONTEXT.provinces.filter((province) => /^P\d+$/.test(province.code));
  for (let index = 0; index < count; index += 1) {
    const province = provinces[index % provinces.length]?.code ?? '';
    lines.push(`${province},${2011 + Math.floor(index / provinces.length)},1.1,1.5`);
  }
  return encode(`${lines.join('\n')}\n`);
};

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(() => conn.close());

const { t } = createI18n('vi');

describe('row limits per kind', () => {
  it('refuses a progress file one row over the bound, naming the file, the bound and the count, and changes nothing', async () => {
    const before = await fingerprintTables(conn);
    const keep = vi.fn();
    const over = MAX_IMPORT_ROWS.task_progress + 1;
    const result = await importAndKeep(conn, [{ name: 'bao-cao-lon.csv', bytes: progressCsv(over) }], keep);
    expect(result.outcome).toMatchObject({
      ok: false,
      reason: 'problems',
      problems: [{ file: 'bao-cao-lon.csv', key: 'tooManyRows', args: { found: over } }],
    });
    const [problem] = result.outcome.ok ? [] : result.outcome.problems;
    const words = problem === undefined ? '' : describeProblem(problem, t);
    expect(words).toContain('bao-cao-lon.csv');
    expect(words).toContain(String(over));
    expect(words).toContain(String(MAX_IMPORT_ROWS.task_progress));
    expect(keep).not.toHaveBeenCalled();
    expect(await fingerprintTables(conn)).toEqual(before);
  }, 60_000);

  it('reads a file of exactly the bound, blank lines not counted', async () => {
    const bytes = encode(
      'task_id,period,unit,status\n474-1.1-a,2024-Q3,A,done\n\n474-1.1-a,2024-Q3,B,done\n,,,\n',
    );
    const atBound = await readImportFile(
      { name: 'p.csv', bytes },
      { ...BUNDLED_CONTEXT, maxRows: { task_progress: 2 } },
    );
    expect(atBound).toMatchObject({ kind: 'task_progress', problems: [] });
    const over = await readImportFile(
      { name: 'p.csv', bytes },
      { ...BUNDLED_CONTEXT, maxRows: { task_progress: 1 } },
    );
    expect(over).toMatchObject({
      kind: null,
      problems: [{ key: 'tooManyRows', args: { found: 2, expected: 1 } }],
    });
  });

  it('refuses a large scores CSV left for DuckDB by its line count, before the engine reads it', async () => {
    const bytes = scoresCsv(300);
    const context = { ...BUNDLED_CONTEXT, bulkMinBytes: 1, maxRows: { scores_long: 299 } };
    const read = await readImportFile({ name: 'diem.csv', bytes }, context);
    expect(read).toMatchObject({
      kind: null,
      problems: [{ key: 'tooManyRows', args: { found: 300, expected: 299 } }],
    });
    const atBound = await readImportFile(
      { name: 'diem.csv', bytes },
      { ...context, maxRows: { scores_long: 300 } },
    );
    expect(atBound.kind === 'scores_long' && atBound.bulk !== undefined).toBe(true);
    const before = await fingerprintTables(conn);
    expect(await applyImport(conn, [{ name: 'diem.csv', result: read }])).toMatchObject({ ok: false });
    expect(await fingerprintTables(conn)).toEqual(before);
  });

  it('refuses a workbook sheet over the bound with its sheet named', async () => {
    const book = XLSX.utils.book_new();
    const rows = [
      ['Tỉnh', 'Năm', 'Chỉ số', 'Điểm'],
      ['P43', 2024, '1.1', 1.5],
      ['P44', 2024, '1.1', 1.6],
    ];
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), 'Điểm');
    const bytes = new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const read = await readImportFile(
      { name: 'diem.xlsx', bytes },
      { ...BUNDLED_CONTEXT, maxRows: { scores_long: 1 } },
    );
    expect(read.problems).toEqual([
      {
        file: 'diem.xlsx',
        sheet: 'Điểm',
        row: null,
        column: null,
        key: 'tooManyRows',
        args: { found: 2, expected: 1 },
      },
    ]);
  });
});
