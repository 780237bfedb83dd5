// After the engine stops, restart takes the start-up path again: a new engine (a fresh worker in the page),
// the bundled data and the imports kept in this browser re-applied, while a stop reported late by the old
// engine changes nothing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { EngineStoppedError } from '../../src/db/engine-failure.ts';
import { sql } from '../../src/db/sql.ts';
import { loadBundledAndStoredImports } from '../../src/session/database-start.ts';
import {
  createDatabaseStarter,
  createDatabaseStore,
  type DatabaseStatus,
  type DatabaseStore,
} from '../../src/session/database-store.ts';
import { addImportedFiles } from '../../src/storage/imported-files-store.ts';
import { readBundledFiles } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';
import { readImportFixture } from '../ingest/import-test-context.ts';

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

interface Engine {
  connector: Connector;
  reportStop: (error: Error) => void;
  fresh: boolean;
  terminated: boolean;
}

/** A starter over real Node DuckDB engines, each recorded with its stop hook and whether it was terminated. */
function nodeStarter(
  store: DatabaseStore,
  loadData = (conn: Connector) => loadBundledAndStoredImports(conn, store, readBundledFiles()),
) {
  const engines: Engine[] = [];
  const starter = createDatabaseStarter(store, {
    createConnector: async ({ onStopped, fresh }) => {
      const conn = await createNodeConnector();
      const engine: Engine = { connector: conn, reportStop: onStopped, fresh, terminated: false };
      engine.connector = {
        ...conn,
        terminate: () => {
          engine.terminated = true;
          void conn.close();
        },
      };
      engines.push(engine);
      return engine.connector;
    },
    loadData,
  });
  return { starter, engines };
}

const scores2025 = async (conn: Connector): Promise<number> => {
  const [row] = await conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM score_rows WHERE year = 2025`);
  return row?.n ?? 0;
};

describe('database restart', () => {
  it('starts a new engine with the bundled data and the kept import, and the old one is terminated', async () => {
    await addImportedFiles([
      {
        name: 'scores-long-2025.csv',
        bytes: readImportFixture('scores-long-2025.csv'),
        sheet: null,
        mode: 'replace-overlapping',
        importedAt: '2026-11-27T10:00:00Z',
      },
    ]);
    const store = createDatabaseStore();
    const { starter, engines } = nodeStarter(store);
    const first = await starter.start();
    const kept2025 = await scores2025(first);
    expect(kept2025, 'the kept 2025 scores are applied at start-up').toBeGreaterThan(0);
    const versionBefore = store.getState().dataVersion;

    engines[0]?.reportStop(new EngineStoppedError('no-answer', 'no answer to SELECT 1'));
    expect(store.getState()).toMatchObject({ status: 'stopped' });
    expect(store.getState().error).toBeInstanceOf(EngineStoppedError);

    const seen: DatabaseStatus[] = [];
    store.subscribe(() => {
      const { status } = store.getState();
      if (seen.at(-1) !== status) seen.push(status);
    });
    const restarting = starter.restart();
    expect(engines[0]?.terminated).toBe(true);
    const second = await restarting;

    expect(seen).toEqual(['restarting', 'ready']);
    expect(engines.map((engine) => engine.fresh)).toEqual([false, true]);
    expect(second).not.toBe(first);
    expect(store.getState()).toMatchObject({ status: 'ready', connector: second, error: null });
    expect(store.getState().dataVersion).toBeGreaterThan(versionBefore);
    expect(await scores2025(second), 'the same kept import, re-applied').toBe(kept2025);
    expect(store.getState().storedImports).toMatchObject({ applied: 1, failed: [] });
    // Later callers (an import, a reset) get the new engine.
    expect(await starter.start()).toBe(second);

    // The old engine's late word changes nothing.
    engines[0]?.reportStop(new EngineStoppedError('worker-error', 'late'));
    expect(store.getState().status).toBe('ready');
    await second.close();
  });

  it('keeps saying the engine stopped when it stops while the data is loading', async () => {
    const store = createDatabaseStore();
    let finishLoading: () => void = () => undefined;
    const { starter, engines } = nodeStarter(
      store,
      () => new Promise<void>((resolve) => (finishLoading = resolve)),
    );
    const started = starter.start();
    await vi.waitFor(() => expect(store.getState().status).toBe('loading-data'), { timeout: 30_000 });
    engines[0]?.reportStop(new EngineStoppedError('worker-error', 'RuntimeError: unreachable'));
    finishLoading();
    await started;
    expect(store.getState()).toMatchObject({ status: 'stopped' });
    await engines[0]?.connector.close();
  });
});
