import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { MAX_IMPORT_FILE_BYTES } from '../../src/ingest/apply/max-import-file-bytes.ts';
import { importAndKeep } from '../../src/session/import-and-keep.ts';
import {
  addImportedFiles,
  clearImportedFiles,
  listImportedFiles,
} from '../../src/storage/imported-files-store.ts';
import { CANONICAL_ROWS_VERSION } from '../../src/ingest/apply/canonical-rows-format.ts';
import { reapplyImports } from '../../src/session/reapply-imports.ts';
import { reapplyStoredImports } from '../../src/session/reapply-stored-imports.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { csvFile, fingerprintTables, reloadBundledData } from '../ingest/apply/apply-test-support.ts';
import { readImportFixture } from '../ingest/import-test-context.ts';

const fixture = (name: string) => ({ name, bytes: readImportFixture(name) });
const PLAN = csvFile('plan-hn.csv', [
  'Mã nhiệm vụ;Kế hoạch;Chỉ số thành phần;Nhiệm vụ;Tỉnh;Năm mục tiêu',
  'HN-1.1-a;12/KH-UBND;1.1;Tuyên truyền;Hà Nội;2025',
]);
const CORRECTION = csvFile('scores-corrected.csv', [
  'Tỉnh,Năm,Chỉ số,Điểm',
  'P43,2024,1.1,1.5',
  '68,2025,1.1,1.6',
]);

let original: Connector;
let reopened: Connector;
beforeAll(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  [original, reopened] = [await createLoadedConnector(), await createLoadedConnector()];
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await Promise.all([original.close(), reopened.close()]);
});

describe('imports kept across reloads', () => {
  it('keeps only imports that applied, and re-applies them over fresh data to the same tables', async () => {
    const first = await importAndKeep(
      original,
      [fixture('progress-excel.xlsx'), fixture('scores-long-2025.csv')],
      addImportedFiles,
    );
    expect(first).toMatchObject({
      outcome: { ok: true, replacedSample: true },
      kept: { ok: true, value: 2 },
    });
    const rejected = await importAndKeep(original, [fixture('scores-bad-values.csv')], addImportedFiles);
    expect(rejected).toMatchObject({ outcome: { ok: false, reason: 'problems' }, kept: null });
    const second = await importAndKeep(
      original,
      [{ ...CORRECTION, mode: 'add-only' }, PLAN, fixture('progress-semicolon-bom-crlf.csv')],
      addImportedFiles,
    );
    // Both corrected scores are loaded by now (the new Lâm Đồng's 2025 1.1 came with scores-long-2025.csv): add-only rejects both.
    expect(second).toMatchObject({ outcome: { ok: true, files: [{ rejected: 2 }, {}, { replaced: 3 }] } });
    const stored = await listImportedFiles();
    expect(stored.ok && stored.value.map((file) => [file.name, file.sheet, file.mode])).toEqual([
      ['progress-excel.xlsx', 'Báo cáo', 'replace-overlapping'],
      ['scores-long-2025.csv', null, 'replace-overlapping'],
      // A batch's plan files are kept first (see the test below); the other files keep their order.
      ['plan-hn.csv', null, 'replace-overlapping'],
      ['scores-corrected.csv', null, 'add-only'],
      ['progress-semicolon-bom-crlf.csv', null, 'replace-overlapping'],
    ]);

    const report = await reapplyStoredImports(reopened);
    expect(report).toMatchObject({ ok: true, failed: [] });
    expect(report.ok && report.applied).toHaveLength(5);
    expect(await fingerprintTables(reopened)).toEqual(await fingerprintTables(original));
  });

  it('re-applies progress kept with the plan file that defines its task, even when the progress came first', async () => {
    await clearImportedFiles();
    await Promise.all([reloadBundledData(original), reloadBundledData(reopened)]);
    const progress = csvFile('progress-hn.csv', [
      'Mã nhiệm vụ;Kỳ báo cáo;Đơn vị;Trạng thái',
      'HN-9.9-a;Quý I/2025;Sở Nội vụ;Hoàn thành',
    ]);
    const plan = csvFile('plan-hn-9.csv', [
      'Mã nhiệm vụ;Kế hoạch;Chỉ số thành phần;Nhiệm vụ;Tỉnh;Năm mục tiêu',
      'HN-9.9-a;13/KH-UBND;1.1;Tuyên truyền;Hà Nội;2025',
    ]);
    const kept = await importAndKeep(original, [progress, plan], addImportedFiles);
    expect(kept).toMatchObject({ outcome: { ok: true }, kept: { ok: true, value: 2 } });
    const report = await reapplyStoredImports(reopened);
    expect(report).toMatchObject({ ok: true, failed: [] });
    expect(await fingerprintTables(reopened)).toEqual(await fingerprintTables(original));
  });

  it('refuses a file above MAX_IMPORT_FILE_BYTES before reading it, and keeps nothing', async () => {
    const keep = vi.fn(addImportedFiles);
    const huge = { name: 'huge.csv', bytes: new Uint8Array(MAX_IMPORT_FILE_BYTES + 1) };
    const result = await importAndKeep(original, [huge], keep);
    expect(result.outcome).toMatchObject({
      ok: false,
      problems: [{ file: 'huge.csv', key: 'fileTooLarge' }],
    });
    expect(keep).not.toHaveBeenCalled();
  });
});

describe('reapplyImports', () => {
  const stored = (id: number, name: string) => ({
    id,
    name,
    size: 1,
    bytes: new Uint8Array([id]),
    sheet: null,
    mode: 'add-only' as const,
    importedAt: '2026-11-27T10:00:00.000Z',
  });

  it('applies every file in order with its mode, and names the ones that no longer apply', async () => {
    const applied: string[] = [];
    const report = await reapplyImports({
      listImportedFiles: () =>
        Promise.resolve({ ok: true, value: [stored(1, 'a.csv'), stored(2, 'b.csv'), stored(3, 'c.csv')] }),
      readFile: (file) =>
        Promise.resolve({ kind: null, rows: [], sheet: file.sheet, sheets: [], problems: [] }),
      applyImport: (reads, choices) => {
        applied.push(`${reads[0]?.name ?? ''}:${choices.modes?.[0] ?? ''}`);
        if (reads[0]?.name === 'b.csv') return Promise.reject(new Error('engine gone'));
        return Promise.resolve({ ok: true, files: [], replacedSample: false });
      },
    });
    expect(applied).toEqual(['a.csv:add-only', 'b.csv:add-only', 'c.csv:add-only']);
    expect(report.ok && report.applied.map((file) => file.name)).toEqual(['a.csv', 'c.csv']);
    expect(report.ok && report.failed.map((failure) => [failure.file.name, failure.outcome.error])).toEqual([
      ['b.csv', 'engine gone'],
    ]);
  });

  it('merges files kept with their rows in one step, and on failure applies each alone to name the one that fails', async () => {
    const withRows = (id: number, name: string) => ({
      ...stored(id, name),
      canonical: { version: CANONICAL_ROWS_VERSION, kind: 'task_progress' as const, steps: [] },
    });
    const calls: string[] = [];
    const readFile = vi.fn(() =>
      Promise.resolve({ kind: null, rows: [], sheet: null, sheets: [], problems: [] } as const),
    );
    const report = await reapplyImports({
      listImportedFiles: () =>
        Promise.resolve({
          ok: true,
          value: [withRows(1, 'a.csv'), withRows(2, 'b.csv'), withRows(3, 'c.csv'), stored(4, 'd.csv')],
        }),
      readFile,
      applyImport: (reads) => {
        const names = reads.map((read) => read.name);
        calls.push(names.join('+'));
        if (names.includes('b.csv')) return Promise.reject(new Error('engine refused'));
        return Promise.resolve({ ok: true, files: [], replacedSample: false });
      },
    });
    expect(calls).toEqual(['a.csv+b.csv+c.csv', 'a.csv', 'b.csv', 'c.csv', 'd.csv']);
    expect(readFile).toHaveBeenCalledTimes(1);
    expect(report).toMatchObject({ ok: true, reread: 1 });
    expect(report.ok && report.applied.map((file) => file.name)).toEqual(['a.csv', 'c.csv', 'd.csv']);
    expect(report.ok && report.failed.map((failure) => failure.file.name)).toEqual(['b.csv']);
  });

  it('passes a storage failure on as its typed reason', async () => {
    const report = await reapplyImports({
      listImportedFiles: () => Promise.resolve({ ok: false, reason: 'unavailable', error: 'private mode' }),
      readFile: () => Promise.reject(new Error('not called')),
      applyImport: () => Promise.reject(new Error('not called')),
    });
    expect(report).toEqual({ ok: false, reason: 'unavailable', error: 'private mode' });
  });
});
