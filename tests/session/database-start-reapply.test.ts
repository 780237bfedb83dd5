// Start-up: the bundled load, then the imports kept in this browser re-applied over it, and what
// happened recorded in the store for the Data view (a file that no longer applies, a storage error).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledAndStoredImports } from '../../src/session/database-start';
import { createDatabaseStore } from '../../src/session/database-store';
import { sql } from '../../src/db/sql';
import { addImportedFiles } from '../../src/storage/imported-files-store';
import { readBundledFiles } from '../helpers/data-files';
import { createNodeConnector } from '../helpers/node-duckdb';
import { readImportFixture } from '../ingest/import-test-context';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const keep = (name: string, bytes: Uint8Array) =>
  addImportedFiles([
    { name, bytes, sheet: null, mode: 'replace-overlapping', importedAt: '2026-11-27T10:00:00Z' },
  ]);

describe('loadBundledAndStoredImports', () => {
  it('re-applies the kept files over the bundled data and records the one that no longer applies', async () => {
    await keep('scores-long-2025.csv', readImportFixture('scores-long-2025.csv'));
    await keep('not-a-spreadsheet.pdf', readImportFixture('not-a-spreadsheet.pdf'));
    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    const [row] = await conn.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM score_rows WHERE year = 2025`,
    );
    expect(row?.n).toBeGreaterThan(0);
    expect(store.getState().storedImports).toEqual({
      applied: 1,
      failed: [{ file: 'not-a-spreadsheet.pdf', problemCount: 1, error: null }],
      storageError: null,
    });
    await conn.close();
  });

  it('re-applies a file kept from the browser file it was read from, as one kept as bytes', async () => {
    const bytes = readImportFixture('scores-long-2025.csv');
    await addImportedFiles([
      {
        name: 'scores-long-2025.csv',
        bytes,
        source: new Blob([bytes.slice()]),
        sheet: null,
        mode: 'replace-overlapping',
        importedAt: '2026-11-27T10:00:00Z',
      },
    ]);
    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    const [row] = await conn.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM score_rows WHERE year = 2025`,
    );
    expect(row?.n).toBeGreaterThan(0);
    expect(store.getState().storedImports).toEqual({ applied: 1, failed: [], storageError: null });
    await conn.close();
  });

  it('nothing kept: bundled data only, nothing to report', async () => {
    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    expect(store.getState().storedImports).toEqual({ applied: 0, failed: [], storageError: null });
    const [sample] = await conn.query<{ s: boolean }>(
      sql`SELECT is_sample AS s FROM datasets WHERE name = 'task_progress'`,
    );
    expect(sample?.s).toBe(true);
    await conn.close();
  });

  it('storage refused (private mode): the bundled data loads and the error is recorded, not swallowed', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const conn = await createNodeConnector();
    const store = createDatabaseStore();
    await loadBundledAndStoredImports(conn, store, readBundledFiles());
    expect(store.getState().storedImports.storageError).toMatchObject({ reason: 'unavailable' });
    const [row] = await conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM provinces`);
    expect(row?.n).toBe(97); // 63 old + 34 new units
    await conn.close();
  });
});
