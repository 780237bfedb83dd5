import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('dimension standings with the plan progress', () => {
  it("reports the bundled sample progress as of the 2024 survey's cut-off (the last period ending by 31/12/2024), flagged as sample", async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2024);
    expect(standings).toHaveLength(8);
    for (const s of standings) {
      expect(s.taskCount).toBeGreaterThan(0);
      expect(s.progressPeriod).toBe('2024-Q4');
      expect(s.progressIsSample).toBe(true);
      expect(s.completionRate).not.toBeNull();
      expect(s.completionRate ?? -1).toBeGreaterThanOrEqual(0);
      expect(s.completionRate ?? 2).toBeLessThanOrEqual(1);
    }
  });

  it('drops the sample flag once real reports are imported, and counts unreported tasks as not done', async () => {
    const progress = [
      'task_id,period,unit,status,percent,reported_on,note',
      '474-1.1-a,2024-Q4,Sở Tư pháp,done,100,2025-01-05,',
      '474-1.1-a,2024-Q4,Huyện Cư Jút,in_progress,50,2025-01-05,',
    ].join('\n');
    await loadTables(conn, { task_progress: progress }, { sources: { task_progress: 'real.csv' } });
    const standings = await fetchDimensionStandings(conn, 'P43', 2024);
    const dim1 = standings.find((s) => s.indicator === '1');
    // Dimension 1: its first task has 2 pairs (1 done); every other task of dimension 1 is one unreported pair.
    expect(dim1).toMatchObject({ progressPeriod: '2024-Q4', progressIsSample: false });
    expect(dim1?.completionRate).toBeCloseTo(1 / (2 + (dim1?.taskCount ?? 0) - 1), 10);
    expect(standings.find((s) => s.indicator === '8')).toMatchObject({
      completionRate: 0,
      progressPeriod: '2024-Q4',
    });
  });
});
