import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addImportedFiles,
  clearImportedFiles,
  listImportedFiles,
  type NewImportedFile,
} from '../../src/storage/imported-files-store';
import { classifyStorageError } from '../../src/storage/indexed-db';

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
