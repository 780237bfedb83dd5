// A year of the 34 new provinces is ranked, grouped and summarised among themselves, never against the 63
// old ones. The 2025 scores are a FIXTURE of made-up numbers (tests/fixtures/db/merger-2025/README.md),
// loaded next to the real 2011-2024 data for this test only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { loadTables } from '../../src/ingest/load-tables.ts';
import { createLoadedConnector, readBundledFiles, readDbFixture } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
  const bundled = readBundledFiles().score_rows;
  const fixtureRows = readDbFixture('merger-2025/made-up-scores-2025.csv').split('\n').slice(1).join('\n');
  // FIXTURE too: two old units' 2024 rows relabelled 2025, as if a file had slipped past the importer, so
  // both maps share a year and the SQL alone must keep them apart.
  const oldUnitsIn2025 = bundled
    .split('\n')
    .filter((line) => /^(P43|P44),2024,/.test(line))
    .map((line) =>
      [...line.split(',').slice(0, 4), 'FIXTURE old unit in 2025'].join(',').replace(',2024,', ',2025,'),
    )
    .join('\n');
  await loadTables(
    conn,
    { score_rows: `${bundled}${fixtureRows}${oldUnitsIn2025}\n` },
    { sources: { score_rows: 'bundled + FIXTURE merger-2025' } },
  );
});
afterAll(async () => {
  await conn.close();
});

describe('ranks and groups within one map of the country', () => {
  it('ranks the 34 new provinces of 2025 among themselves (1…34 of 34), never among 63', async () => {
    const rows = await conn.query<{ n: number; counts: string; maxRank: number; kinds: string }>(sql`
      SELECT count(*)::INTEGER AS n, string_agg(DISTINCT scored_count::VARCHAR, ',') AS counts,
             max(rank) AS "maxRank", string_agg(DISTINCT unit_kind, ',') AS kinds
      FROM rankings WHERE year = 2025 AND indicator = 'total' AND unit_kind = 'new'`);
    expect(rows).toEqual([{ n: 34, counts: '34', maxRank: 34, kinds: 'new' }]);
    const old2024 = await conn.query<{ counts: string }>(sql`
      SELECT string_agg(DISTINCT scored_count::VARCHAR, ',') AS counts FROM rankings WHERE year = 2024 AND indicator = 'total'`);
    expect(old2024).toEqual([{ counts: '61' }]);
    const oldIn2025 = await conn.query<{ province_code: string; rank: number; scored_count: number }>(sql`
      SELECT province_code, rank, scored_count FROM rankings
      WHERE year = 2025 AND indicator = 'total' AND unit_kind = 'old' ORDER BY province_code`);
    expect(oldIn2025.map((row) => row.scored_count)).toEqual([2, 2]);
  });

  it('cuts the 34 into groups of 9/8/8/9 at the quartiles of their totals', async () => {
    const rows = await conn.query<{ papi_group: string; n: number }>(sql`
      SELECT g.papi_group, count(*)::INTEGER AS n FROM groups g JOIN provinces p ON p.code = g.province_code
      WHERE g.year = 2025 AND p.kind = 'new' GROUP BY g.papi_group`);
    const sizes = Object.fromEntries(rows.map((row) => [row.papi_group, row.n]));
    expect(sizes).toEqual({ high: 9, upper_middle: 8, lower_middle: 8, low: 9 });
    // p25 lies a quarter of the way from the 9th to the 10th lowest total (47.12 and 47.36 in the fixture).
    const [cut] = await conn.query<{ p25: number }>(
      sql`SELECT p25 FROM group_cuts WHERE year = 2025 AND unit_kind = 'new'`,
    );
    expect(cut?.p25).toBeCloseTo(47.18, 2);
  });

  it('takes the 2025 national median over the 34 new units only', async () => {
    const [stats] = await conn.query<{ scored_count: number; median: number; unit_kind: string }>(sql`
      SELECT scored_count, median, unit_kind FROM national_stats WHERE year = 2025 AND indicator = 'total' AND unit_kind = 'new'`);
    expect(stats).toMatchObject({ scored_count: 34, unit_kind: 'new' });
    expect(stats?.median).toBeCloseTo((48.72 + 48.96) / 2, 2);
  });
});
