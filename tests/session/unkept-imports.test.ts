// Imports the browser refused to keep are never forgotten silently: they stay listed, with why, until a retry
// keeps them (in the order they were applied) or a reset drops them. Against fake-indexeddb, the real store.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addImportedFiles,
  deleteImportedFile,
  listImportedFiles,
  type NewImportedFile,
} from '../../src/storage/imported-files-store.ts';
import { createUnkeptImports, unkeptFileNames } from '../../src/session/unkept-imports.ts';

const file = (name: string): NewImportedFile => ({
  name,
  bytes: new Uint8Array([1, 2, 3]),
  sheet: null,
  mode: 'replace-overlapping',
  importedAt: '2026-12-03T10:00:00.000Z',
});

/** The browser's storage is full while `full` is true (every add throws QuotaExceededError). */
let full = false;
beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  full = false;
  const add = IDBObjectStore.prototype.add;
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
    if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return add.apply(this, args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const keptNames = async (): Promise<string[]> => {
  const listed = await listImportedFiles();
  if (!listed.ok) throw new Error(listed.error);
  return listed.value.map((stored) => stored.name);
};

describe('imports not kept', () => {
  it('stays listed with why until a retry keeps it, and says when it did', async () => {
    const keptLater = vi.fn();
    const unkept = createUnkeptImports({ write: addImportedFiles, onKeptLater: keptLater });
    full = true;
    expect(await unkept.keep([file('bao-cao-quy-IV.csv')])).toMatchObject({ ok: false, reason: 'quota' });
    expect(unkeptFileNames(unkept.getState())).toEqual(['bao-cao-quy-IV.csv']);
    expect(unkept.getState().failure).toMatchObject({
      reason: 'quota',
      error: 'The quota has been exceeded.',
    });
    expect(await keptNames()).toEqual([]);

    full = false; // the user freed space
    expect(await unkept.retry()).toBe(true);
    expect(await keptNames()).toEqual(['bao-cao-quy-IV.csv']);
    expect(unkept.getState().batches).toEqual([]);
    expect(unkept.getState().failure).toBeNull();
    expect(keptLater).toHaveBeenCalledTimes(1);
  });

  it('a file kept at once is not listed', async () => {
    const unkept = createUnkeptImports({ write: addImportedFiles });
    expect(await unkept.keep([file('a.csv')])).toEqual({ ok: true, value: 1 });
    expect(unkept.getState().batches).toEqual([]);
    expect(await keptNames()).toEqual(['a.csv']);
  });

  it('a later import waits behind an unkept one, so the kept order is the applied order', async () => {
    const unkept = createUnkeptImports({ write: addImportedFiles });
    full = true;
    await unkept.keep([file('first.csv')]);
    full = false;
    // Space is back, but writing this now would keep it before the earlier file.
    expect(await unkept.keep([file('second.csv')])).toMatchObject({ ok: false, reason: 'quota' });
    expect(await keptNames()).toEqual([]);
    expect(unkeptFileNames(unkept.getState())).toEqual(['first.csv', 'second.csv']);
    expect(await unkept.retry()).toBe(true);
    expect(await keptNames()).toEqual(['first.csv', 'second.csv']);
  });

  it('a retry refused again keeps every file listed, with the new refusal', async () => {
    const keptLater = vi.fn();
    const unkept = createUnkeptImports({ write: addImportedFiles, onKeptLater: keptLater });
    full = true;
    await unkept.keep([file('a.csv'), file('b.csv')]);
    expect(await unkept.retry()).toBe(false);
    expect(unkeptFileNames(unkept.getState())).toEqual(['a.csv', 'b.csv']);
    expect(unkept.getState()).toMatchObject({ retrying: false, failure: { reason: 'quota' } });
    expect(keptLater).not.toHaveBeenCalled();
    expect(await keptNames()).toEqual([]);
  });

  it('retries under the cross-tab lock', async () => {
    const locked: string[] = [];
    const unkept = createUnkeptImports({
      write: async (files) => {
        locked.push(`write ${files.length}`);
        return addImportedFiles(files);
      },
      withLock: async (work) => {
        locked.push('lock');
        const result = await work();
        locked.push('unlock');
        return result;
      },
    });
    full = true;
    await unkept.keep([file('a.csv')]);
    full = false;
    await unkept.retry();
    expect(locked).toEqual(['write 1', 'lock', 'write 1', 'unlock']);
  });

  it('a reset drops them: their data is gone too', async () => {
    const unkept = createUnkeptImports({ write: addImportedFiles });
    full = true;
    await unkept.keep([file('a.csv')]);
    unkept.drop();
    expect(unkept.getState().batches).toEqual([]);
    expect(unkept.getState().failure).toBeNull();
  });

  it('removing one kept file frees its space and forgets only it', async () => {
    await addImportedFiles([file('old.csv'), file('keep.csv')]);
    const listed = await listImportedFiles();
    const old = listed.ok ? listed.value.find((stored) => stored.name === 'old.csv') : undefined;
    expect(await deleteImportedFile(old?.id ?? -1)).toEqual({ ok: true, value: undefined });
    expect(await keptNames()).toEqual(['keep.csv']);
  });
  it('counts each import kept, at once or by a retry (the kept files list is asked again after it), never one refused', async () => {
    const unkept = createUnkeptImports({ write: addImportedFiles });
    expect(await unkept.keep([file('bao-cao-quy-III.csv')])).toMatchObject({ ok: true });
    expect(unkept.getState().keptWrites).toBe(1);
    full = true;
    expect(await unkept.keep([file('bao-cao-quy-IV.csv')])).toMatchObject({ ok: false });
    expect(unkept.getState().keptWrites).toBe(1);
    expect(await unkept.retry()).toBe(false);
    expect(unkept.getState().keptWrites).toBe(1);
    // Space is back: the retry keeps it, and the count grows, never back to a value the list was read at.
    full = false;
    expect(await unkept.retry()).toBe(true);
    expect(unkept.getState().keptWrites).toBe(2);
    full = true;
    expect(await unkept.keep([file('bao-cao-bo-sung.csv')])).toMatchObject({ ok: false });
    unkept.drop();
    expect(unkept.getState().keptWrites).toBe(2);
    full = false;
    expect(await unkept.keep([file('bao-cao-quy-I.csv')])).toMatchObject({ ok: true });
    expect(unkept.getState().keptWrites).toBe(3);
    expect(await keptNames()).toEqual(['bao-cao-quy-III.csv', 'bao-cao-quy-IV.csv', 'bao-cao-quy-I.csv']);
  });
});
