import { describe, expect, it } from 'vitest';
import {
  createDatabaseStarter,
  createDatabaseStore,
  type DatabaseStatus,
} from '../../src/session/database-store.ts';
import type { Connector } from '../../src/db/connector.ts';
import type { DownloadProgress } from '../../src/db/download-progress.ts';
import { sql } from '../../src/db/sql.ts';
import { loadBundledData } from '../../src/ingest/load-bundled-data.ts';
import { readBundledFiles } from '../helpers/data-files.ts';
import { createNodeConnector } from '../helpers/node-duckdb.ts';

describe('database starter', () => {
  it('goes downloading → starting → loading-data → ready once, sharing one promise', async () => {
    const store = createDatabaseStore();
    const seen: DatabaseStatus[] = [];
    store.subscribe(() => {
      const { status } = store.getState();
      if (seen.at(-1) !== status) seen.push(status);
    });
    let engines = 0;
    const { start } = createDatabaseStarter(store, {
      createConnector: async ({ onStage }) => {
        engines += 1;
        onStage('downloading');
        const conn = await createNodeConnector();
        onStage('starting');
        return conn;
      },
      loadData: (conn) => loadBundledData(conn, readBundledFiles()),
    });
    const [a, b] = await Promise.all([start(), start()]);
    expect(a).toBe(b);
    expect(engines).toBe(1);
    expect(seen).toEqual(['downloading', 'starting', 'loading-data', 'ready']);
    const state = store.getState();
    expect(state).toMatchObject({ status: 'ready', error: null, dataVersion: 1 });
    const rows = await state.connector?.query<{ n: number }>(sql`SELECT count(*) AS n FROM provinces`);
    expect(rows).toEqual([{ n: 97 }]); // 63 old + 34 new units
    store.bumpDataVersion();
    expect(store.getState().dataVersion).toBe(2);
    await a.close();
  });

  it('reports an error status when the data cannot load', async () => {
    const store = createDatabaseStore();
    let conn: Connector | null = null;
    const { start } = createDatabaseStarter(store, {
      createConnector: async () => {
        conn = await createNodeConnector();
        return conn;
      },
      loadData: () => Promise.reject(new Error('boom')),
    });
    await expect(start()).rejects.toThrow('boom');
    expect(store.getState()).toMatchObject({ status: 'error', dataVersion: 0 });
    expect(store.getState().error?.message).toBe('boom');
    await (conn as Connector | null)?.close();
  });

  it('moves the download bar a few times, not at every one of the hundreds of chunks the worker reports', async () => {
    const store = createDatabaseStore();
    const shown: DownloadProgress[] = [];
    store.subscribe(() => {
      const { downloadProgress } = store.getState();
      if (downloadProgress !== null && downloadProgress !== shown.at(-1)) shown.push(downloadProgress);
    });
    const total = 33 * 1024 * 1024;
    const chunk = 64 * 1024;
    const { start } = createDatabaseStarter(store, {
      createConnector: async ({ onStage, onDownloadProgress }) => {
        onStage('downloading');
        for (let loaded = chunk; loaded <= total; loaded += chunk)
          onDownloadProgress({ bytesLoaded: loaded, bytesTotal: total });
        onStage('starting');
        return createNodeConnector();
      },
      loadData: async () => undefined,
    });
    const conn = await start();
    // 528 reports in a moment: the first and the last (complete) are shown; at most a step in between.
    expect(shown[0]).toEqual({ bytesLoaded: chunk, bytesTotal: total });
    expect(shown.at(-1)).toEqual({ bytesLoaded: total, bytesTotal: total });
    expect(shown.length).toBeLessThan(10);
    await conn.close();
  });
});
