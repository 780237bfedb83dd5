// Start-up: the bundled load, then the imports kept in this browser re-applied over it, and what
// happened recorded in the store for the Data view (a file that no longer applies, a storage error).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBundledAndStoredImports } from '../../src/session/database-start.ts';
import { createDatabaseStore } from '../../src/session/database-store.ts';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { addImportedFiles } from '../../src/storage/imported-files-store.ts';
import { readBundledFiles } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';
import { fingerprintTables } from '../ingest/apply/apply-test-support.ts';
import { readImportFixture } from '../ingest/import-test-context.ts';

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

/** A start over what this browser keeps: the engine after it, and what the store recorded. */
async function start(options: { unseen?: boolean } = {}) {
  const conn = await createNodeConnector();
  const store = createDatabaseStore();
  await loadBundledAndStoredImports(conn, store, readBundledFiles(), undefined, options);
  return { conn, store };
}

const scoreRowsOf2025 = async (conn: Connector): Promise<number> => {
  const [row] = await conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM score_rows WHERE year = 2025`);
  return row?.n ?? 0;
};

describe('loadBundledAndStoredImports', () => {
  it('re-applies the kept files over the bundled data and records the one that no longer applies', async () => {
    await keep('scores-long-2025.csv', readImportFixture('scores-long-2025.csv'));
    await keep('not-a-spreadsheet.pdf', readImportFixture('not-a-spreadsheet.pdf'));
    const { conn, store } = await start();
    expect(await scoreRowsOf2025(conn)).toBeGreaterThan(0);
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
    const { conn, store } = await start();
    expect(await scoreRowsOf2025(conn)).toBeGreaterThan(0);
    expect(store.getState().storedImports).toEqual({ applied: 1, failed: [], storageError: null });
    await conn.close();
  });

  it('nothing kept: bundled data only, nothing to report', async () => {
    const { conn, store } = await start();
    expect(store.getState().storedImports).toEqual({ applied: 0, failed: [], storageError: null });
    // The very state the store began with: the shell selects it, and a new object re-rendered every view at once.
    expect(store.getState().storedImports).toBe(createDatabaseStore().getState().storedImports);
    const [sample] = await conn.query<{ s: boolean }>(
      sql`SELECT is_sample AS s FROM datasets WHERE name = 'task_progress'`,
    );
    expect(sample?.s).toBe(true);
    await conn.close();
  });

  // A start (no view querying yet) builds the derived tables once, after the kept imports: it must end with
  // exactly the tables of a load that builds them at each step, whether a kept file applies or none does.
  const KEPT_CASES: readonly [string, readonly string[]][] = [
    [
      'a kept file that applies and one that no longer does',
      ['scores-long-2025.csv', 'not-a-spreadsheet.pdf'],
    ],
    ['only a kept file that no longer applies', ['not-a-spreadsheet.pdf']],
    ['nothing kept', []],
  ];
  for (const [what, names] of KEPT_CASES) {
    it(`a start that builds the derived tables once ends as a step-by-step load does: ${what}`, async () => {
      for (const name of names) await keep(name, readImportFixture(name));
      const stepByStep = await start();
      const once = await start({ unseen: true });
      expect(once.store.getState().storedImports).toEqual(stepByStep.store.getState().storedImports);
      expect(await fingerprintTables(once.conn)).toEqual(await fingerprintTables(stepByStep.conn));
      // The views over the derived tables answer too.
      const [standing] = await once.conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM groups`);
      expect(standing?.n).toBeGreaterThan(0);
      await once.conn.close();
      await stepByStep.conn.close();
    });
  }

  it('storage refused (private mode): the bundled data loads and the error is recorded, not swallowed', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { conn, store } = await start({ unseen: true });
    expect(store.getState().storedImports.storageError).toMatchObject({ reason: 'unavailable' });
    const [row] = await conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM provinces`);
    expect(row?.n).toBe(97); // 63 old + 34 new units
    const [scores] = await conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM scores`);
    expect(scores?.n).toBeGreaterThan(0);
    await conn.close();
  });
});
