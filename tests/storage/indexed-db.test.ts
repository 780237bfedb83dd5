// The four stores of this browser open IndexedDB through one module (src/storage/indexed-db.ts). What users
// kept before the stores moved there still loads (same database names, store names and record shapes, written
// here by hand the way the app wrote them), and a browser that refuses storage gets the same typed answer
// from every store. A tab running an older app, after a newer one upgraded a database, is told to reload
// (not that storage is refused), and never blocks the newer one's upgrade.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB, type DBSchema } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageFailureText } from '../../src/components/error-failure.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import {
  closeBriefingStore,
  getDeckTitle,
  listBriefingSlides,
  readBriefingDeck,
} from '../../src/storage/briefing-store.ts';
import { readDimensionTargets } from '../../src/storage/dimension-targets-store.ts';
import { listImportedFiles } from '../../src/storage/imported-files-store.ts';
import {
  classifyStorageError,
  openStorage,
  withStorage,
  type StorageDatabase,
} from '../../src/storage/indexed-db.ts';
import { readQueryHistory, recordQuery } from '../../src/storage/query-history.ts';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory()); // a fresh, empty browser profile per test
});
afterEach(async () => {
  await closeBriefingStore();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('data kept before the stores moved to src/storage', () => {
  it('still loads: imported files, dimension targets, query history and the briefing list', async () => {
    const imports = await openDB('papi-dashboard-imports', 1, {
      upgrade: (db) => db.createObjectStore('imported-files', { keyPath: 'id', autoIncrement: true }),
    });
    await imports.add('imported-files', {
      name: 'diem-2024.csv',
      size: 3,
      bytes: new Uint8Array([1, 2, 3]),
      sheet: null,
      mode: 'replace-overlapping',
      importedAt: '2026-11-27T10:00:00.000Z',
    });
    imports.close();
    const targets = await openDB('papi-dashboard-targets', 1, {
      upgrade: (db) => db.createObjectStore('dimension-targets', { keyPath: 'provinceCode' }),
    });
    await targets.put('dimension-targets', { provinceCode: 'P43', targets: { '2': { kind: 'median' } } });
    targets.close();
    const history = await openDB('papi-sql-console', 1, {
      upgrade: (db) => db.createObjectStore('history', { keyPath: 'sql' }),
    });
    await history.put('history', { sql: 'SELECT 42', ranAt: '2026-11-27T10:00:00.000Z' });
    history.close();
    const briefing = await openDB('papi-briefing', 1, {
      upgrade: (db) => {
        db.createObjectStore('slides', { keyPath: 'id' });
        db.createObjectStore('meta');
      },
    });
    const slide = {
      id: 's1',
      chartId: 'overview-total',
      title: 'Tổng điểm',
      source: 'Nguồn: PAPI',
      note: 'Ghi chú',
      imageDataUrl: 'data:image/png;base64,AA==',
      position: 0,
      addedAt: 1,
    };
    await briefing.put('slides', slide);
    await briefing.put('meta', 'Báo cáo tháng 11', 'deckTitle');
    briefing.close();

    const files = await listImportedFiles();
    expect(files.ok ? files.value.map((file) => [file.name, [...(file.bytes ?? [])]]) : files).toEqual([
      ['diem-2024.csv', [1, 2, 3]],
    ]);
    expect(await readDimensionTargets('P43')).toEqual({ ok: true, value: { '2': { kind: 'median' } } });
    expect(await readQueryHistory()).toEqual([{ sql: 'SELECT 42', ranAt: '2026-11-27T10:00:00.000Z' }]);
    expect(await listBriefingSlides()).toEqual([slide]);
    expect(await getDeckTitle()).toBe('Báo cáo tháng 11');
  });
});

interface ProbeSchema extends DBSchema {
  probe: { key: string; value: string };
}

describe('a browser that refuses storage', () => {
  it('gets a typed answer from every store that reports it, and a silent empty history', async () => {
    vi.spyOn(IDBFactory.prototype, 'open').mockImplementation(() => {
      throw new DOMException(
        'The operation failed for reasons unrelated to the database itself.',
        'UnknownError',
      );
    });
    expect(await listImportedFiles()).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await readDimensionTargets('P43')).toMatchObject({ ok: false, reason: 'unavailable' });
    expect(await recordQuery('SELECT 1')).toEqual([]);
    expect(await readQueryHistory()).toEqual([]);
  });

  it('reports a full quota met while writing as quota, not as unavailable storage', async () => {
    const result = await withStorage<ProbeSchema, never>(
      {
        name: 'papi-probe',
        version: 1,
        upgrade: (db) => db.createObjectStore('probe'),
      },
      () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
    );
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
  });
});

/** A version far above any the app has shipped: what a newer app's upgrade leaves behind. */
const NEWER_VERSION = 1000;

/** Opens `name` at `version` as a newer app would (raw IndexedDB); rejects if an open connection blocks it. */
function openAsNewerApp(
  name: string,
  version: number,
  upgrade = (_db: IDBDatabase) => {},
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => upgrade(request.result);
    request.onblocked = () => reject(new Error(`the open of ${name} v${version} is blocked`));
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

const PROBE: StorageDatabase<ProbeSchema> = {
  name: 'papi-probe',
  version: 1,
  upgrade: (db) => db.createObjectStore('probe'),
};

describe('a tab running an older version of the app', () => {
  it('is told to reload, in Vietnamese and English, when a newer app has upgraded the database', async () => {
    const newer = await openAsNewerApp('papi-dashboard-targets', NEWER_VERSION, (db) =>
      db.createObjectStore('dimension-targets', { keyPath: 'provinceCode' }),
    );
    newer.close();
    const result = await readDimensionTargets('P43');
    expect(result).toMatchObject({ ok: false, reason: 'outdated' });
    if (result.ok) return;
    expect(storageFailureText(result, createI18n('vi').t)).toBe(
      'Một phiên bản mới hơn của ứng dụng đã cập nhật dữ liệu lưu trong trình duyệt này. Hãy tải lại trang.',
    );
    expect(storageFailureText(result, createI18n('en').t)).toBe(
      'A newer version of the app has updated the data kept in this browser. Reload the page.',
    );
  });

  it('the briefing list says outdated too, instead of falling back to a list kept in memory', async () => {
    (await openAsNewerApp('papi-briefing', NEWER_VERSION)).close();
    expect(await readBriefingDeck()).toMatchObject({ ok: false, reason: 'outdated' });
  });

  it('closes its open connection when a newer app asks to upgrade, so that upgrade is not blocked', async () => {
    const older = await openStorage(PROBE);
    await older.put('probe', 'kept', 'key');
    const newer = await openAsNewerApp(PROBE.name, 2);
    expect(newer.version).toBe(2);
    expect([...newer.objectStoreNames]).toEqual(['probe']);
    newer.close();
    // The older tab's next open meets the newer version.
    expect(await withStorage(PROBE, (db) => db.get('probe', 'key'))).toMatchObject({
      ok: false,
      reason: 'outdated',
    });
  });

  it('a call in flight when a newer app upgrades says outdated, and the upgrade is not blocked', async () => {
    const upgrade: { newer?: Promise<IDBDatabase> } = {};
    const result = await withStorage(PROBE, async (db) => {
      await db.put('probe', 'first', 'a');
      // Another tab opens a newer version between this call's two writes.
      const closed = new Promise((resolve) => db.addEventListener('versionchange', resolve));
      upgrade.newer = openAsNewerApp(PROBE.name, 2);
      await closed;
      await db.put('probe', 'second', 'b');
    });
    expect(result).toMatchObject({ ok: false, reason: 'outdated' });
    const newer = await upgrade.newer;
    expect(newer?.version).toBe(2);
    newer?.close();
  });

  it('a connection held open (the briefing list) fails as outdated once a newer app closed it', async () => {
    const held = await openStorage(PROBE);
    const closed = new Promise((resolve) => held.addEventListener('versionchange', resolve));
    const upgraded = openAsNewerApp(PROBE.name, 2);
    await closed;
    const failure = await held.get('probe', 'a').catch((error: unknown) => error);
    expect(classifyStorageError(failure)).toBe('outdated');
    (await upgraded).close();
  });

  it('the briefing list kept open is closed for a newer app, and then says outdated', async () => {
    expect(await listBriefingSlides()).toEqual([]);
    const newer = await openAsNewerApp('papi-briefing', 2);
    newer.close();
    expect(await readBriefingDeck()).toMatchObject({ ok: false, reason: 'outdated' });
  });
});
