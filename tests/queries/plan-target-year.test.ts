// A plan aims at one PAPI year (474/KH-UBND at 2024): its task completion is shown next to that
// year's scores only, and a province without a plan says so (planTargetYear null).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { fetchDimensionStandings } from '../../src/queries/dimension-standings.ts';
import { createLoadedConnector, readBundledFiles } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const PLANS_HEADER = 'plan,province_code,title_vi,title_en,issued_on,source,target_year';

describe('the plan next to the scores of its target year', () => {
  it('shows Đắk Nông 2024 with its plan completion as of the 2024 survey cut-off', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2024);
    expect(standings).toHaveLength(8);
    for (const s of standings) {
      expect(s.planTargetYear).toBe(2024);
      expect(s.completionRate).not.toBeNull();
      // As of the 2024 survey's cut-off (domain/survey-cutoff.ts), not the latest report (2025-Q4).
      expect(s.progressPeriod).toBe('2024-Q4');
    }
  });

  it('shows Đắk Nông 2015 without completion, but says the plan aims at 2024', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2015);
    expect(standings).toHaveLength(6);
    for (const s of standings) {
      expect(s).toMatchObject({ planTargetYear: 2024, completionRate: null, progressPeriod: null });
      expect(s.taskCount).toBeGreaterThan(0);
    }
  });

  it('shows Đắk Nông 2023 (the year the plan reacts to) without completion', async () => {
    const standings = await fetchDimensionStandings(conn, 'P43', 2023);
    expect(standings.every((s) => s.completionRate === null && s.planTargetYear === 2024)).toBe(true);
  });

  it('says Thừa Thiên Huế has no plan', async () => {
    const standings = await fetchDimensionStandings(conn, 'P31', 2024);
    expect(standings).toHaveLength(8);
    expect(standings.every((s) => s.planTargetYear === null && s.taskCount === 0)).toBe(true);
  });
});

describe('plans.csv target_year', () => {
  it('is read from the bundled file', async () => {
    const rows = await conn.query<{ plan: string; target_year: number }>(
      sql`SELECT plan, target_year FROM plans`,
    );
    expect(rows).toEqual([{ plan: '474/KH-UBND', target_year: 2024 }]);
  });

  it('falls back to the year the plan was issued when the cell is empty', async () => {
    const other = await createLoadedConnector();
    try {
      await loadTables(
        other,
        { plans: `${PLANS_HEADER}\n474/KH-UBND,P43,a,b,2025-02-01,x,\n` },
        { sources: { plans: 'no-target.csv' } },
      );
      const in2025 = await fetchDimensionStandings(other, 'P43', 2024);
      expect(in2025.every((s) => s.planTargetYear === 2025 && s.completionRate === null)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('rejects a file written before the column existed and keeps the loaded plan', async () => {
    const oldHeader = PLANS_HEADER.replace(',target_year', '');
    const oldFile = readBundledFiles()
      .plans.split('\n')
      .map((line, i) => (i === 0 ? oldHeader : line.replace(/,2024$/, '')))
      .join('\n');
    await expect(loadTables(conn, { plans: oldFile }, { sources: { plans: 'old.csv' } })).rejects.toThrow(
      /Expected Number of Columns: 7 Found: 6/,
    );
    expect((await fetchDimensionStandings(conn, 'P43', 2024))[0]?.planTargetYear).toBe(2024);
  });
});
