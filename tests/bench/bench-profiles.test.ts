// The bench's profiles, which the closing notes cite for budgets their floors prevent: each sums what it says.
import { describe, expect, test } from 'vitest';
import { createNodeConnector } from '../helpers/node-duckdb.ts';
import { everyDerivedObjectBuilt, recordDerivedObjectsBuilt } from '../../src/db/derived-objects-built.ts';
import { sql } from '../../src/db/sql.ts';
import { timedConnector } from './import/connector-time.ts';
import { mainThreadPerSwitch } from './switch-profile-report.ts';

const MAIN = 1;
const WORKER = 2;
const thread = (tid: number, name: string) => ({ name: 'thread_name', ph: 'M', tid, args: { name } });
const task = (tid: number, name: string, dur: number, tdur = dur) => ({
  name,
  ph: 'X',
  tid,
  ts: 0,
  dur,
  tdur,
});

describe('mainThreadPerSwitch: where a switch spent the page’s main thread', () => {
  test('counts the main thread’s tasks only, per switch, and splits out style, layout and paint', () => {
    const events = [
      thread(MAIN, 'CrRendererMain'),
      thread(WORKER, 'DedicatedWorker thread'),
      // Two switches: 60 + 40 ms of main-thread CPU (a task's wall time waiting for the CPU is not counted).
      task(MAIN, 'RunTask', 90_000, 60_000),
      task(MAIN, 'RunTask', 40_000),
      task(MAIN, 'UpdateLayoutTree', 10_000),
      task(MAIN, 'Layout', 8_000),
      task(MAIN, 'PrePaint', 2_000),
      task(MAIN, 'Paint', 4_000),
      task(MAIN, 'Layerize', 2_000),
      // The engine's worker works too; not the page's main thread.
      task(WORKER, 'RunTask', 500_000),
      task(WORKER, 'Layout', 500_000),
    ];
    expect(mainThreadPerSwitch(events, 2)).toEqual({
      cpuMs: 50,
      styleMs: 5,
      layoutMs: 4,
      paintMs: 4,
      scriptAndRestMs: 37,
    });
  });
});

describe('timedConnector: the import profile’s time by statement', () => {
  test('sums each statement’s calls under its first words and passes every answer through unchanged', async () => {
    const conn = await createNodeConnector();
    try {
      recordDerivedObjectsBuilt(conn, true);
      const { conn: timed, shares } = timedConnector(conn);
      // The same engine: what the app recorded of it holds for the wrapper too (an import would ask the catalog else).
      expect(everyDerivedObjectBuilt(timed)).toBe(true);
      const answer = await timed.query<{ n: number }>(sql`SELECT count(*)::INTEGER AS n FROM range(3)`);
      expect(answer).toEqual(await conn.query(sql`SELECT count(*)::INTEGER AS n FROM range(3)`));
      await timed.query(sql`SELECT count(*)::INTEGER AS n FROM range(3)`);
      await timed.query(sql`SELECT  1
        AS one`);
      await timed.registerFileText('x.csv', 'a\n1\n');
      await timed.dropFile('x.csv');
      const byWhat = new Map(shares().map((share) => [share.what, share]));
      expect(byWhat.get('SELECT count(*)::INTEGER AS n FROM range(3)')?.calls).toBe(2);
      expect(byWhat.get('SELECT 1 AS one')?.calls).toBe(1);
      expect(byWhat.get('registerFileText')?.calls).toBe(1);
      expect(byWhat.get('dropFile')?.calls).toBe(1);
      const ms = shares().map((share) => share.ms);
      expect(ms.every((x) => x >= 0)).toBe(true);
      expect(ms).toEqual([...ms].sort((a, b) => b - a));
    } finally {
      await conn.close();
    }
  });
});
