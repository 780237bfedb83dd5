import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql, sqlIdentifier } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

interface DatasetRow {
  name: string;
  source: string;
  is_sample: boolean;
  row_count: number;
  loaded_at: string;
}

const datasets = () => conn.query<DatasetRow>(sql`SELECT * FROM datasets ORDER BY name`);
const count = async (table: 'score_rows' | 'task_progress' | 'provinces' | 'plans'): Promise<number> => {
  const rows = await conn.query<{ n: number }>(sql`SELECT count(*) AS n FROM ${sqlIdentifier(table)}`);
  return rows[0]?.n ?? -1;
};

describe('loadTables', () => {
  it('records every bundled table in datasets, the progress file as a sample', async () => {
    const rows = await datasets();
    const byName = Object.fromEntries(rows.map((row) => [row.name, row]));
    expect(Object.keys(byName).sort()).toEqual([
      'indicators',
      'plan_goals',
      'plan_tasks',
      'plans',
      'provinces',
      'score_rows',
      'survey_indicators',
      'task_progress',
      'unit_lifetimes',
    ]);
    // Facts, not sample: the districts' end and the communes' start (data/unit-lifetimes.csv).
    expect(byName.unit_lifetimes).toMatchObject({
      is_sample: false,
      source: 'bundled: data/unit-lifetimes.csv',
    });
    expect(byName.provinces).toMatchObject({
      row_count: 97, // 63 old + 34 new units
      is_sample: false,
      source: 'bundled: data/provinces.csv',
    });
    expect(byName.plan_tasks?.row_count).toBe(33);
    expect(byName.plan_goals).toMatchObject({ row_count: 1, source: 'bundled: data/plan-goals.csv' });
    expect(byName.task_progress).toMatchObject({
      is_sample: true,
      source: 'bundled: data/task-progress.sample.csv',
    });
    expect(byName.score_rows?.row_count).toBe(await count('score_rows'));
  });

  it('keeps the loaded data when a later file has a bad value', async () => {
    const before = {
      plans: await count('plans'),
      progress: await count('task_progress'),
      datasets: await datasets(),
    };
    // plans loads (into staging) before task_progress fails: neither may replace the loaded tables.
    const plans =
      'plan,province_code,title_vi,title_en,issued_on,source,target_year\nX/1,P01,a,b,2025-01-01,x,2025\nX/2,P02,a,b,2025-01-01,x,2025\n';
    const progress =
      'task_id,period,unit,status,percent,reported_on,note\n474-1.1-a,2025-Q4,U,done,not-a-number,2026-01-05,\n';
    await expect(
      loadTables(
        conn,
        { plans, task_progress: progress },
        { sources: { plans: 'ok.csv', task_progress: 'bad.csv' } },
      ),
    ).rejects.toThrow(/not-a-number/);
    expect(await count('plans')).toBe(before.plans);
    expect(await count('task_progress')).toBe(before.progress);
    expect(await datasets()).toEqual(before.datasets);
    const tables = await conn.query<{ n: number }>(
      sql`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'staging_%'`,
    );
    expect(tables[0]?.n).toBe(0);
    const total = await conn.query<{ score: number }>(
      sql`SELECT score FROM scores WHERE province_code = 'P43' AND year = 2023 AND indicator = 'total'`,
    );
    expect(total[0]?.score.toFixed(2)).toBe('38.97');
  });

  it('replaces only the given tables, rebuilds the derived tables and records the new source', async () => {
    const progress =
      'task_id,period,unit,status,percent,reported_on,note\n474-1.1-a,2025-Q4,Sở Tư pháp,done,100,2026-01-05,\n';
    await loadTables(
      conn,
      { task_progress: progress },
      { sources: { task_progress: 'bao-cao-q4.csv' }, now: () => new Date('2026-01-06T00:00:00Z') },
    );
    expect(await count('task_progress')).toBe(1);
    expect(await count('provinces')).toBe(97);
    const byName = Object.fromEntries((await datasets()).map((row) => [row.name, row]));
    expect(byName.task_progress).toMatchObject({
      source: 'bao-cao-q4.csv',
      is_sample: false,
      row_count: 1,
      loaded_at: '2026-01-06T00:00:00.000Z',
    });
    const completion = await conn.query<{ pairs_done: number; pair_count: number }>(sql`
      SELECT pairs_done, pair_count FROM task_completion WHERE scope = 'plan' AND period = '2025-Q4'`);
    expect(completion).toEqual([{ pairs_done: 1, pair_count: 33 }]);
  });
});
