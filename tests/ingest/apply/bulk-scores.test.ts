// The bulk path (DuckDB reads large long-layout score files) must give exactly what the row-by-row
// reader gives: the same loaded data and counts for a good file, the same located problems for a bad
// one. Each file is imported twice, once forced through each path, from the same bundled data.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { importedFileSource } from '../../../src/domain/imported-file-source.ts';
import { applyImport } from '../../../src/ingest/apply/apply-import.ts';
import { fetchImportContext } from '../../../src/ingest/apply/fetch-import-context.ts';
import type { ImportOutcome } from '../../../src/ingest/apply/import-outcome.ts';
import { stageBulkScores } from '../../../src/ingest/apply/stage-bulk-scores.ts';
import { planBulkScores } from '../../../src/ingest/read/bulk-scores-plan.ts';
import { readImportFile } from '../../../src/ingest/read/read-import-file.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { encodeUtf16, encodeUtf8, encodeWindows1258 } from '../encode-windows-1258.ts';
import { BUNDLED_CONTEXT } from '../import-test-context.ts';
import { fingerprintTables, reloadBundledData } from './apply-test-support.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});
beforeEach(async () => {
  await reloadBundledData(conn);
});

const excelCsv = (lines: readonly string[]): Uint8Array => encodeUtf8(`${lines.join('\r\n')}\r\n`, true);

/** Imports `bytes` through one path and returns what a user sees: the outcome and the loaded data. */
async function importThrough(path: 'bulk' | 'rows', name: string, bytes: Uint8Array) {
  await reloadBundledData(conn);
  const context = {
    ...(await fetchImportContext(conn)),
    bulkMinBytes: path === 'bulk' ? 0 : Number.POSITIVE_INFINITY,
  };
  const result = await readImportFile({ name, bytes }, context);
  const tookBulk = result.kind === 'scores_long' && result.bulk !== undefined;
  const outcome: ImportOutcome = await applyImport(conn, [{ name, result }], {
    now: () => new Date('2026-11-27T00:00:00Z'),
  });
  return { tookBulk, outcome, tables: await fingerprintTables(conn) };
}

async function expectSameThroughBothPaths(name: string, bytes: Uint8Array) {
  const rows = await importThrough('rows', name, bytes);
  const bulk = await importThrough('bulk', name, bytes);
  expect(bulk.tookBulk).toBe(true);
  expect(rows.tookBulk).toBe(false);
  expect(bulk.outcome).toEqual(rows.outcome);
  expect(bulk.tables).toEqual(rows.tables);
  return bulk;
}

const GOOD_EXCEL_FILE = [
  'Điểm PAPI do Sở Nội vụ tổng hợp',
  'Tỉnh;Năm;Chỉ số;Điểm;Nguồn;',
  'Đắk Nông;2010;1;5,25;Báo cáo PAPI 2010;',
  'Dak Nong;2010;1.1;1,5;Báo cáo PAPI 2010;',
  'P43;2010;total;41,02;;',
  'Hà Nội;2010;2;6,1;Báo cáo PAPI 2010;',
  'Ha Noi;2010;2;6,1;Báo cáo PAPI 2010;', // the same key and value in other words: kept once
  'Đắk Nông;2024;1.1;2,05;Bản đính chính;', // overlaps a bundled score: replaces it
  'Lâm Đồng;2025;1;5;Báo cáo PAPI 2025;', // the new Lâm Đồng (from 2025 the name is read in the new map)
  ';;;;;',
];

describe('bulk path for large long-layout scores files', () => {
  it('loads an Excel-style file (BOM, title line, semicolons, decimal commas, names without diacritics) exactly as the row reader does', async () => {
    const bulk = await expectSameThroughBothPaths('scores-2010.csv', excelCsv(GOOD_EXCEL_FILE));
    expect(bulk.outcome).toMatchObject({ ok: true, files: [{ added: 5, replaced: 1, rejected: 0 }] });
  });

  it('stages a good file in DuckDB without falling back to the row reader', async () => {
    const context = { ...(await fetchImportContext(conn)), bulkMinBytes: 0 };
    const bytes = excelCsv(GOOD_EXCEL_FILE);
    const plan = planBulkScores(bytes, context);
    expect(plan).toMatchObject({
      delimiter: ';',
      skipLines: 2,
      columns: { province: 0, year: 1, indicator: 2, score: 3, source: 4 },
    });
    if (plan === null) return;
    const staging = await stageBulkScores(conn, { plan, file: { name: 'f.csv', bytes }, context }, 0);
    expect(staging.staged).toBe(true);
  });

  it('applies a file held only as the browser file it is kept in (a kept import at start-up) as it applies its bytes', async () => {
    const good = excelCsv(GOOD_EXCEL_FILE);
    const bad = excelCsv([...GOOD_EXCEL_FILE, 'Atlantis;2010;1;5']);
    for (const bytes of [good, bad]) {
      const fromBytes = await importThrough('bulk', 'kept.csv', bytes);
      await reloadBundledData(conn);
      const context = { ...(await fetchImportContext(conn)), bulkMinBytes: 0 };
      const read = await readImportFile({ name: 'kept.csv', bytes }, context);
      if (read.kind !== 'scores_long' || read.bulk === undefined) throw new Error('not the bulk path');
      // As a start-up hands it on: no bytes on the page, only the browser's file (a bad one is read row by row).
      const file = { name: 'kept.csv', source: new Blob([bytes as BlobPart]) };
      const result = { ...read, bulk: { ...read.bulk, file } };
      const outcome = await applyImport(conn, [{ name: 'kept.csv', result }], {
        now: () => new Date('2026-11-27T00:00:00Z'),
      });
      expect(outcome).toEqual(fromBytes.outcome);
      expect(await fingerprintTables(conn)).toEqual(fromBytes.tables);
    }
  });

  it('refuses a kept file the browser can no longer read as unreadable, and the next import still applies', async () => {
    const bytes = excelCsv(GOOD_EXCEL_FILE);
    const context = { ...(await fetchImportContext(conn)), bulkMinBytes: 0 };
    const read = await readImportFile({ name: 'gone.csv', bytes }, context);
    if (read.kind !== 'scores_long' || read.bulk === undefined) throw new Error('not the bulk path');
    // A kept browser file whose stored copy is gone: every read of it fails, as Chromium's NotReadableError.
    const unreadable = () => Promise.reject(new Error('NotReadableError: the file could not be read'));
    const source = {
      size: bytes.length,
      arrayBuffer: unreadable,
      slice: () => ({ arrayBuffer: unreadable }),
    };
    const file = { name: 'gone.csv', source: source as unknown as Blob };
    const before = await fingerprintTables(conn);
    const outcome = await applyImport(conn, [
      { name: 'gone.csv', result: { ...read, bulk: { ...read.bulk, file } } },
    ]);
    expect(outcome).toMatchObject({ ok: false, reason: 'problems' });
    expect(outcome.ok ? [] : outcome.problems.map((problem) => [problem.file, problem.key])).toEqual([
      ['gone.csv', 'unreadableFile'],
    ]);
    expect(await fingerprintTables(conn)).toEqual(before);
    const next = await importThrough('bulk', 'next.csv', bytes);
    expect(next.outcome.ok).toBe(true);
  });

  const BAD_FILES: readonly [string, readonly string[]][] = [
    ['an unknown province', ['Đắk Nôngg;2010;1;5,25', 'Atlantis;2010;1;5']],
    ['a score outside its scale', ['Đắk Nông;2010;1;11', 'Đắk Nông;2010;total;81']],
    ['a score that is not a number', ['Đắk Nông;2010;1;năm']],
    ['an empty score', ['Đắk Nông;2010;1;', 'Đắk Nông;2010;1;5']],
    // One province written two ways: the good row must not carry the bad one through.
    ['an empty score on a key also written another way', ['Đắk Nông;2010;1;5', 'P43;2010;1;']],
    ['a year out of range', ['Đắk Nông;1999;1;5']],
    ['an old province in a year after the 2025 merger', ['Đắk Nông;2025;1;5']],
    ['an unknown indicator', ['Đắk Nông;2010;9.9;5']],
    ['a key given twice with different scores', ['Đắk Nông;2010;1;5', 'P43;2010;1;6']],
    [
      'a key given twice in the same row text and a different score',
      ['Đắk Nông;2010;1;5', 'Đắk Nông;2010;1;5,5'],
    ],
  ];
  for (const [what, rows] of BAD_FILES) {
    it(`refuses a file with ${what} with the row reader's located problems, leaving the data as it was`, async () => {
      await reloadBundledData(conn);
      const before = await fingerprintTables(conn);
      const bulk = await expectSameThroughBothPaths('bad.csv', excelCsv(['Tỉnh;Năm;Chỉ số;Điểm', ...rows]));
      expect(bulk.outcome.ok).toBe(false);
      if (!bulk.outcome.ok) expect(bulk.outcome.problems.length).toBeGreaterThan(0);
      expect(bulk.outcome.ok ? [] : bulk.outcome.problems.map((problem) => problem.row)).not.toContain(null);
      expect(bulk.tables).toEqual(before);
    });
  }

  it('accepts the same value written with a comma and a point (checked row by row)', async () => {
    const bulk = await expectSameThroughBothPaths(
      'mixed.csv',
      excelCsv(['Tỉnh;Năm;Chỉ số;Điểm', 'Đắk Nông;2010;1;5,5', 'Đắk Nông;2010;1;5.5']),
    );
    expect(bulk.outcome).toMatchObject({ ok: true, files: [{ added: 1 }] });
  });

  it('trims a source of the spaces, tabs and no-break spaces Excel leaves around it, as the row reader does', async () => {
    const bulk = await expectSameThroughBothPaths(
      'padded-source.csv',
      excelCsv([
        'Tỉnh;Năm;Chỉ số;Điểm;Nguồn',
        'Đắk Nông;2010;1;5,5;\u00a0\tBáo cáo PAPI\u00a02010\u3000 ',
        'Hà Nội;2010;2;6,1;\u2009\u00a0',
      ]),
    );
    expect(bulk.outcome).toMatchObject({ ok: true, files: [{ added: 2 }] });
    const sources = await conn.query<{ source: string }>(
      sql`SELECT source FROM score_rows WHERE year = 2010 AND indicator IN ('1', '2') AND province_code IN ('P43', 'P01') ORDER BY indicator`,
    );
    // The inner no-break space stays; a source of spaces only is no source: the file is named instead.
    expect(sources.map(({ source }) => source)).toEqual([
      'Báo cáo PAPI\u00a02010',
      importedFileSource('padded-source.csv'),
    ]);
  });

  it('falls back to the row reader when bytes after the sniffed head are not UTF-8 (DuckDB refuses them)', async () => {
    const head = encodeUtf8(`Tỉnh,Năm,Chỉ số,Điểm\r\n${'Đắk Nông,2010,1,5.25\r\n'.repeat(4000)}`, false);
    const bytes = new Uint8Array([...head, ...encodeWindows1258('Đắk Nông,2010,2,6\r\n')]);
    const bulk = await expectSameThroughBothPaths('ansi-tail.csv', bytes);
    expect(bulk.outcome.ok).toBe(false);
  });

  it('leaves a Windows-1258 file to the row reader, which decodes it', async () => {
    const bytes = encodeWindows1258('Tỉnh,Năm,Chỉ số,Điểm\r\nĐắk Nông,2024,1.1,2.05\r\n');
    const rows = await importThrough('bulk', 'ansi.csv', bytes);
    expect(rows.tookBulk).toBe(false);
    expect(rows.outcome).toMatchObject({ ok: true, files: [{ added: 0, replaced: 1 }] });
  });

  it('leaves small files, UTF-16 files and other layouts to the row reader', () => {
    const long = encodeUtf8('Tỉnh,Năm,Chỉ số,Điểm\r\nĐắk Nông,2010,1,5\r\n', true);
    expect(planBulkScores(long, BUNDLED_CONTEXT)).toBeNull();
    expect(planBulkScores(long, { ...BUNDLED_CONTEXT, bulkMinBytes: 0 })).not.toBeNull();
    const utf16 = encodeUtf16('Tỉnh,Năm,Chỉ số,Điểm\r\nĐắk Nông,2010,1,5\r\n', 'le');
    expect(planBulkScores(utf16, { ...BUNDLED_CONTEXT, bulkMinBytes: 0 })).toBeNull();
    const wide = encodeUtf8('Tỉnh,Năm,1,2\r\nĐắk Nông,2010,5,6\r\n', true);
    expect(planBulkScores(wide, { ...BUNDLED_CONTEXT, bulkMinBytes: 0 })).toBeNull();
    const progress = encodeUtf8(
      'Mã nhiệm vụ,Kỳ báo cáo,Đơn vị,Trạng thái\r\nT01,Q3/2024,Sở Nội vụ,Hoàn thành\r\n',
      true,
    );
    expect(planBulkScores(progress, { ...BUNDLED_CONTEXT, bulkMinBytes: 0 })).toBeNull();
  });
});
