import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addImportedFiles,
  clearImportedFiles,
  countImportedFiles,
  deleteImportedFile,
  listImportedFileInfo,
  listImportedFiles,
  listImportedFilesWithBytes,
  type NewImportedFile,
} from '../../src/storage/imported-files-store.ts';
import { classifyStorageError } from '../../src/storage/indexed-db.ts';

const file = (name: string, bytes: number[], mode: NewImportedFile['mode'] = 'replace-overlapping') => ({
  name,
  bytes: new Uint8Array(bytes),
  sheet: null,
  mode,
  importedAt: '2026-11-27T10:00:00.000Z',
});

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh, empty browser profile per test
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('imported files store', () => {
  it('gives back the original bytes, name, size and choices of each file, in import order', async () => {
    const bom = [0xef, 0xbb, 0xbf, 0x00, 0xff, 0x3b];
    expect(
      await addImportedFiles([file('b.csv', bom), { ...file('a.xlsx', [0x50, 0x4b]), sheet: 'Báo cáo' }]),
    ).toEqual({
      ok: true,
      value: 2,
    });
    expect(await addImportedFiles([file('c.csv', [0x31], 'add-only')])).toEqual({ ok: true, value: 1 });
    const listed = await listImportedFiles();
    if (!listed.ok) throw new Error(listed.error);
    expect(listed.value.map(({ name, size, sheet, mode }) => ({ name, size, sheet, mode }))).toEqual([
      { name: 'b.csv', size: 6, sheet: null, mode: 'replace-overlapping' },
      { name: 'a.xlsx', size: 2, sheet: 'Báo cáo', mode: 'replace-overlapping' },
      { name: 'c.csv', size: 1, sheet: null, mode: 'add-only' },
    ]);
    expect([...(listed.value[0]?.bytes ?? [])]).toEqual(bom);
    expect(listed.value[0]?.importedAt).toBe('2026-11-27T10:00:00.000Z');
  });

  it('lists name, size and date in import order without reading any file back (bytes nor rows)', async () => {
    await addImportedFiles([file('z-first.csv', [1, 2, 3]), file('a-second.csv', [4])]);
    await addImportedFiles([{ ...file('m-third.csv', [5, 6]), importedAt: '2026-01-01T00:00:00.000Z' }]);
    const all = await listImportedFiles();
    if (!all.ok) throw new Error(all.error);
    await deleteImportedFile(all.value[1]?.id ?? -1);
    // Every way of reading a stored value back; the listing may use none of them.
    const reads = [
      vi.spyOn(IDBObjectStore.prototype, 'get'),
      vi.spyOn(IDBObjectStore.prototype, 'getAll'),
      vi.spyOn(IDBObjectStore.prototype, 'openCursor'),
      vi.spyOn(IDBIndex.prototype, 'get'),
      vi.spyOn(IDBIndex.prototype, 'getAll'),
      vi.spyOn(IDBIndex.prototype, 'openCursor'),
    ];
    expect(await listImportedFileInfo()).toEqual({
      ok: true,
      value: [
        { id: all.value[0]?.id, name: 'z-first.csv', size: 3, importedAt: '2026-11-27T10:00:00.000Z' },
        { id: all.value[2]?.id, name: 'm-third.csv', size: 2, importedAt: '2026-01-01T00:00:00.000Z' },
      ],
    });
    expect(await countImportedFiles()).toEqual({ ok: true, value: 2 });
    for (const read of reads) expect(read).not.toHaveBeenCalled();
  });

  it('opens a store kept by the previous version (no listing index) with its files, and lists them', async () => {
    const older = await openDB('papi-dashboard-imports', 1, {
      upgrade: (db) => db.createObjectStore('imported-files', { keyPath: 'id', autoIncrement: true }),
    });
    for (const name of ['diem-2024.csv', 'tien-do.xlsx']) {
      await older.add('imported-files', {
        name,
        size: 3,
        bytes: new Uint8Array([1, 2, 3]),
        sheet: null,
        mode: 'replace-overlapping',
        importedAt: '2026-11-27T10:00:00.000Z',
      });
    }
    older.close();
    const listed = await listImportedFileInfo();
    expect(listed.ok && listed.value.map(({ name, size }) => [name, size])).toEqual([
      ['diem-2024.csv', 3],
      ['tien-do.xlsx', 3],
    ]);
    const full = await listImportedFiles();
    expect(full.ok && full.value.map(({ bytes }) => [...(bytes ?? [])])).toEqual([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    // Files kept after the upgrade are listed after the older ones.
    await addImportedFiles([file('moi.csv', [9])]);
    const after = await listImportedFileInfo();
    expect(after.ok && after.value.map(({ name }) => name)).toEqual([
      'diem-2024.csv',
      'tien-do.xlsx',
      'moi.csv',
    ]);
  });

  it('keeps a file from the browser file it was read from, lists it unread, and gives back the same bytes beside older records', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0x3b, 0x42]);
    await addImportedFiles([file('byte-array.csv', [7, 8])]);
    await addImportedFiles([{ ...file('from-browser.csv', [...bytes]), source: new Blob([bytes]) }]);
    // Listed for a start-up: the browser's file is handed on as it is, for the worker and DuckDB to read.
    const listed = await listImportedFiles();
    if (!listed.ok) throw new Error(listed.error);
    const [older, fromBrowser] = listed.value;
    expect(older?.bytes && [...older.bytes]).toEqual([7, 8]);
    expect(fromBrowser?.bytes).toBeUndefined();
    expect(fromBrowser?.source).toBeInstanceOf(Blob);
    expect(fromBrowser?.size).toBe(6);
    // Listed for a backup: every file's bytes in hand.
    const withBytes = await listImportedFilesWithBytes();
    if (!withBytes.ok) throw new Error(withBytes.error);
    expect(withBytes.value.map(({ name, size, bytes: kept }) => [name, size, [...kept]])).toEqual([
      ['byte-array.csv', 2, [7, 8]],
      ['from-browser.csv', 6, [...bytes]],
    ]);
  });

  it('forgets every file on clear', async () => {
    await addImportedFiles([file('a.csv', [1]), file('b.csv', [2])]);
    expect(await clearImportedFiles()).toEqual({ ok: true, value: undefined });
    expect(await listImportedFiles()).toEqual({ ok: true, value: [] });
  });

  it('reports a full quota as {ok:false, reason:"quota"} and keeps none of that import', async () => {
    await addImportedFiles([file('kept.csv', [1])]);
    const add = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      return calls === 2 ? quotaExceeded() : add.apply(this, args);
    });
    expect(await addImportedFiles([file('first.csv', [2]), file('second.csv', [3])])).toMatchObject({
      ok: false,
      reason: 'quota',
    });
    vi.restoreAllMocks();
    const listed = await listImportedFiles();
    expect(listed.ok && listed.value.map((stored) => stored.name)).toEqual(['kept.csv']);
  });

  it.each([
    ['QuotaExceededError', 'quota'],
    ['NS_ERROR_DOM_QUOTA_REACHED', 'quota'], // Firefox
    ['SecurityError', 'unavailable'],
    ['DataCloneError', 'unknown'],
  ] as const)('sorts a %s into %s', (name, reason) => {
    expect(classifyStorageError(new DOMException('', name))).toBe(reason);
  });

  it('reports a browser without IndexedDB (private mode, blocked storage) as unavailable', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await listImportedFiles()).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await addImportedFiles([file('a.csv', [1])])).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await clearImportedFiles()).toMatchObject({ ok: false, reason: 'unavailable' });
  });

  it('reports a database that refuses to open as unavailable', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException(
        'A mutation operation was attempted on a database that did not allow mutations.',
        'InvalidStateError',
      );
    });
    expect(await listImportedFiles()).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});
