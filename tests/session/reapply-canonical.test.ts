// Kept imports are applied at start-up from the rows as they were checked, without reading the file again, and
// give exactly the tables that re-reading the original bytes gives. Records kept before the rows were (bytes only)
// and rows of another version are read from their bytes, once: the rows they give are kept for the next start.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { importedFileSource } from '../../src/domain/imported-file-source.ts';
import { applyImport } from '../../src/ingest/apply/apply-import.ts';
import {
  canonicalRead,
  canonicalRowsOf,
  collectBulkRows,
  usableCanonicalRows,
} from '../../src/ingest/apply/canonical-rows.ts';
import { CANONICAL_ROWS_VERSION } from '../../src/ingest/apply/canonical-rows-format.ts';
import { readImportFile } from '../../src/ingest/read/read-import-file.ts';
import { readHeldWith } from '../../src/ingest/read/import-result.ts';
import { importAndKeep } from '../../src/session/import-and-keep.ts';
import { reapplyImports } from '../../src/session/reapply-imports.ts';
import { readStoredFile, reapplyStoredImports } from '../../src/session/reapply-stored-imports.ts';
import {
  addImportedFiles,
  clearImportedFiles,
  listImportedFiles,
  listImportedFilesWithBytes,
  type StoredImportFile,
} from '../../src/storage/imported-files-store.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { csvFile, fingerprintTables, reloadBundledData } from '../ingest/apply/apply-test-support.ts';
import { indicatorSheet, workbookBytes } from '../ingest/papi-workbook/build-official-workbook.ts';
import { BUNDLED_CONTEXT, readImportFixture } from '../ingest/import-test-context.ts';

const fixture = (name: string) => ({ name, bytes: readImportFixture(name) });
const PLAN = csvFile('plan-hn.csv', [
  'Mã nhiệm vụ;Kế hoạch;Chỉ số thành phần;Nhiệm vụ;Tỉnh;Năm mục tiêu',
  'HN-1.1-a;12/KH-UBND;1.1;Tuyên truyền;Hà Nội;2025',
]);
const PLAN_PROGRESS = csvFile('progress-hn.csv', [
  'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái',
  'HN-1.1-a;Quý I/2025;Sở Nội vụ;Hoàn thành',
]);
const CORRECTION = csvFile('scores-corrected.csv', ['Tỉnh,Năm,Chỉ số,Điểm', 'P43,2024,1.1,1.5']);
const OFFICIAL = {
  name: '2024PAPI_ProvincialIndicators_BangChiTieuCapTinh_34_TinhThanh.xlsx',
  bytes: workbookBytes({
    '2024_PAPI_VIE_ENG': indicatorSheet({
      year: 2024,
      provinces: [
        { name: 'Đắk Nông', code: '67' },
        { name: 'Bình Thuận', code: '60' },
      ],
    }).rows,
  }),
};

const { keepCanonical, dropCanonical } = {
  keepCanonical: (files: readonly StoredImportFile[]) => files,
  dropCanonical: (files: readonly StoredImportFile[]) =>
    files.map(({ canonical: _dropped, ...older }) => older as StoredImportFile),
};

let original: Connector;
let fromRows: Connector;
let fromBytes: Connector;
beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  [original, fromRows, fromBytes] = await Promise.all([
    createLoadedConnector(),
    createLoadedConnector(),
    createLoadedConnector(),
  ]);
  await clearImportedFiles();
  for (const batch of [
    [fixture('progress-excel.xlsx'), fixture('scores-long-2025.csv'), OFFICIAL],
    [PLAN_PROGRESS, PLAN, fixture('scores-wide-decimal-comma.csv')],
    [{ ...CORRECTION, mode: 'add-only' as const }, fixture('progress-semicolon-bom-crlf.csv')],
  ]) {
    const result = await importAndKeep(original, batch, addImportedFiles);
    expect(result).toMatchObject({ outcome: { ok: true }, kept: { ok: true } });
  }
}, 240_000);
afterAll(async () => {
  vi.unstubAllGlobals();
  await Promise.all([original.close(), fromRows.close(), fromBytes.close()]);
});

const reapplyOn = async (
  conn: Connector,
  shape: (files: readonly StoredImportFile[]) => StoredImportFile[] | readonly StoredImportFile[],
) => {
  const stored = await listImportedFiles();
  const readFile = vi.fn((file: StoredImportFile) =>
    readStoredFile(conn, file, (held, context) => readHeldWith(held, context, readImportFile)),
  );
  const report = await reapplyImports({
    listImportedFiles: () => Promise.resolve(stored.ok ? { ok: true, value: shape(stored.value) } : stored),
    readFile,
    applyImport: (reads, choices) => applyImport(conn, reads, choices),
  });
  return { report, readFile };
};

describe('start-up from the checked rows', () => {
  it('keeps each file with its rows as checked, of the current version', async () => {
    const stored = await listImportedFiles();
    const files = stored.ok ? stored.value : [];
    expect(files).toHaveLength(8);
    expect(files.map((file) => [file.name, file.canonical?.version, file.canonical?.kind])).toEqual([
      ['progress-excel.xlsx', CANONICAL_ROWS_VERSION, 'task_progress'],
      ['scores-long-2025.csv', CANONICAL_ROWS_VERSION, 'scores_long'],
      [OFFICIAL.name, CANONICAL_ROWS_VERSION, 'scores_wide'],
      ['plan-hn.csv', CANONICAL_ROWS_VERSION, 'plan_tasks'],
      ['progress-hn.csv', CANONICAL_ROWS_VERSION, 'task_progress'],
      ['scores-wide-decimal-comma.csv', CANONICAL_ROWS_VERSION, 'scores_wide'],
      ['scores-corrected.csv', CANONICAL_ROWS_VERSION, 'scores_long'],
      ['progress-semicolon-bom-crlf.csv', CANONICAL_ROWS_VERSION, 'task_progress'],
    ]);
  });

  it('applies the kept rows without reading any file, to the same rows in every table as re-reading the bytes', async () => {
    const rows = await reapplyOn(fromRows, keepCanonical);
    expect(rows.report).toMatchObject({ ok: true, failed: [], reread: 0 });
    expect(rows.readFile).not.toHaveBeenCalled();
    const bytes = await reapplyOn(fromBytes, dropCanonical);
    expect(bytes.report).toMatchObject({ ok: true, failed: [], reread: 8 });
    expect(bytes.readFile).toHaveBeenCalledTimes(8);
    const expected = await fingerprintTables(original);
    expect(await fingerprintTables(fromBytes)).toEqual(expected);
    expect(await fingerprintTables(fromRows)).toEqual(expected);
  }, 240_000);

  it('reads from their bytes the records kept before the rows were, and rows of another version', async () => {
    const stored = await listImportedFilesWithBytes();
    const files = stored.ok ? stored.value : [];
    await clearImportedFiles();
    // As an older app kept them: no rows for the first half, rows of an unknown version for the rest.
    const older = files.map(({ id: _id, size: _size, canonical, ...file }, index) =>
      index < 4 || canonical == null
        ? file
        : { ...file, canonical: { ...canonical, version: CANONICAL_ROWS_VERSION + 1 } },
    );
    expect(await addImportedFiles(older)).toEqual({ ok: true, value: 8 });
    await reloadBundledData(fromBytes);
    const report = await reapplyStoredImports(fromBytes);
    expect(report).toMatchObject({ ok: true, failed: [], reread: 8 });
    expect(await fingerprintTables(fromBytes)).toEqual(await fingerprintTables(original));

    // Read once: the rows each file gave are kept with it, the same as its import kept, so the next start
    // reads none of them.
    const upgraded = await listImportedFiles();
    expect(upgraded.ok && upgraded.value.map((file) => file.canonical)).toEqual(
      files.map((file) => file.canonical),
    );
    await reloadBundledData(fromBytes);
    expect(await reapplyStoredImports(fromBytes)).toMatchObject({ ok: true, failed: [], reread: 0 });
    expect(await fingerprintTables(fromBytes)).toEqual(await fingerprintTables(original));
  }, 240_000);

  it('keeps the rows DuckDB read from a large scores CSV: a start merges them without reading the file, to the same tables', async () => {
    const lines = [
      'Tỉnh;Năm;Chỉ số;Điểm;Nguồn',
      'Đắk Nông;2024;1.1;1,5;"Sở Nội vụ, ""bản 2"""',
      'P44;2024;1.1;1,2345678901234567;',
      // Edge spaces, a tab and no-break spaces are trimmed from a source (as the row reader trims every cell);
      // the inner no-break space and line break stay, so the kept CSV must quote the field.
      'Hà Nội;2010;2;6,1;"\u00a0\t có khoảng\u00a0trắng\r\ndòng 2 \u00a0"',
      'Ha Noi;2010;2;6,1;"\u00a0\t có khoảng\u00a0trắng\r\ndòng 2 \u00a0"',
      'Lâm Đồng;2025;1;5;Báo cáo PAPI 2025',
    ];
    const bytes = new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
    const read = {
      name: 'big.csv',
      result: await readImportFile({ name: 'big.csv', bytes }, { ...BUNDLED_CONTEXT, bulkMinBytes: 1 }),
    };
    expect(read.result.kind === 'scores_long' && read.result.bulk !== undefined).toBe(true);
    // Without DuckDB's rows in hand, nothing can be kept: the file would be read again at each start.
    expect(canonicalRowsOf([read], 'replace-overlapping')).toBeNull();
    const imported = await createLoadedConnector();
    const bulk = collectBulkRows([read]);
    const outcome = await applyImport(imported, [read], { onBulkRows: bulk.onBulkRows });
    expect(outcome.ok).toBe(true);
    // Four keys: Hà Nội's two rows are one (the same key and score in other words).
    expect(outcome.files.map(({ added, replaced }) => added + replaced)).toEqual([4]);
    const rows = canonicalRowsOf([read], 'replace-overlapping', bulk.rows);
    if (rows === null) throw new Error('no rows kept');
    expect(usableCanonicalRows(rows)).toBe(rows);
    const started = await createLoadedConnector();
    expect(await applyImport(started, [canonicalRead('big.csv', rows)])).toEqual(outcome);
    expect(await fingerprintTables(started)).toEqual(await fingerprintTables(imported));
    // What the start merged, said outright: the fingerprints above would agree on a value both got wrong.
    expect(
      await started.query(
        sql`SELECT province_code, indicator, score, source FROM score_rows
          WHERE (province_code = 'P01' AND year = 2010 AND indicator = '2')
            OR (province_code IN ('P43', 'P44') AND year = 2024 AND indicator = '1.1')
          ORDER BY province_code`,
      ),
    ).toEqual([
      { province_code: 'P01', indicator: '2', score: 6.1, source: 'có khoảng\u00a0trắng\r\ndòng 2' },
      { province_code: 'P43', indicator: '1.1', score: 1.5, source: 'Sở Nội vụ, "bản 2"' },
      {
        province_code: 'P44',
        indicator: '1.1',
        score: 1.2345678901234567,
        source: importedFileSource('big.csv'),
      },
    ]);
    await imported.close();
    await started.close();
  });
});
