// An import given no reader reads its files in a file-reading worker of its own (the page holds no reader): the
// worker ends once the files are read, and a worker that cannot start (its chunk missing offline) or stops refuses the
// import with the browser's words instead of leaving it pending, the loaded data untouched.

import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { importAndKeep } from '../../src/session/import-and-keep.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';
import { fingerprintTables } from '../ingest/apply/apply-test-support.ts';

const REPORT = new TextEncoder().encode('task_id,period,unit,status\n474-1.1-a,2025-Q3,Sở Tư pháp,done\n');
const keepNothing = () => Promise.resolve({ ok: true as const, value: 0 });

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(() => conn.close());
afterEach(() => vi.unstubAllGlobals());

/** The unit setup's in-thread worker (tests/setup/read-worker-in-thread.ts), each one started and ended counted. */
function countWorkers() {
  const InThread = globalThis.Worker;
  const counts = { started: 0, ended: 0 };
  class Counted extends InThread {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      counts.started += 1;
    }
    override terminate(): void {
      counts.ended += 1;
      super.terminate();
    }
  }
  vi.stubGlobal('Worker', Counted);
  return counts;
}

/** A Worker that fails as one whose script cannot load does: its error event, and no answer ever. */
class WorkerThatCannotStart {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'Failed to fetch a worker script.' }), 0);
  }
  terminate(): void {}
}

describe('an import with no reader of its own', () => {
  it('reads in a worker that it ends once the files are read, before their rows apply', async () => {
    const counts = countWorkers();
    const endedWhenApplying: number[] = [];
    const result = await importAndKeep(
      conn,
      [{ name: 'bao-cao.csv', bytes: REPORT }],
      keepNothing,
      undefined,
      {},
      { onStage: (stage) => stage === 'applying' && endedWhenApplying.push(counts.ended) },
    );
    expect(result.outcome).toMatchObject({ ok: true, files: [{ name: 'bao-cao.csv', added: 1 }] });
    expect(endedWhenApplying).toEqual([1]);
    expect(counts).toEqual({ started: 1, ended: 1 });
  });

  it('is refused with the browser’s words when the worker cannot start, and changes nothing', async () => {
    const before = await fingerprintTables(conn);
    vi.stubGlobal('Worker', WorkerThatCannotStart);
    const result = await importAndKeep(conn, [{ name: 'bao-cao.csv', bytes: REPORT }], keepNothing);
    expect(result.outcome).toMatchObject({ ok: false, error: 'Failed to fetch a worker script.' });
    expect(result.kept).toBeNull();
    expect(await fingerprintTables(conn)).toEqual(before);
  });
});
