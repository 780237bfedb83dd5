// The first-screen seed: built at build time on Node DuckDB with the app's own queries, it must hold every
// province's latest-year Overview, and live DuckDB must answer each seeded question identically (so the
// page does not change when the engine takes over).

import { readFileSync } from 'node:fs';
import { hashKey, hydrate, QueryClient, type DehydratedState, type QueryKey } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedFirstScreenSeed } from '../../data/scripts/first-screen-seed-cache';
import type { Connector } from '../../src/db/connector';
import { answerFirstScreen } from '../../src/prerender/first-screen-queries';
import { PRE_READY_DATA_VERSION, rekey } from '../../src/prerender/first-screen-seed';
import type { BriefingFacts } from '../../src/domain/briefing/briefing-facts';
import { briefingFactsQuery } from '../../src/queries/briefing-summary';
import { datasetsQuery } from '../../src/queries/datasets';
import { readDataQueryKey } from '../../src/queries/data-query-key';
import { dimensionStandingsQuery } from '../../src/queries/dimension-standings';
import { provincesQuery } from '../../src/queries/provinces';
import { provinceYearSummaryQuery } from '../../src/queries/province-year-summary';
import { yearOptionsQuery } from '../../src/queries/scored-years';
import { totalTrendQuery } from '../../src/queries/total-trend';
import { createLoadedConnector } from '../helpers/data-files';

let seed: DehydratedState;
let live: Connector;

beforeAll(async () => {
  // The seed `vite build` ships (built here once per change of its inputs, then read by the build).
  seed = JSON.parse(await cachedFirstScreenSeed()) as DehydratedState;
  live = await createLoadedConnector();
}, 240_000); // ~20 s alone; much more on a busy 2-core box

afterAll(async () => {
  await live.close();
});

/** The seeded answer to `query` with these inputs, asked as the app asks before its engine is ready. */
const seededData = <TInputs extends unknown[]>(
  query: { options: (conn: null, dataVersion: number, ...inputs: TInputs) => { queryKey: QueryKey } },
  ...inputs: TInputs
): unknown => {
  const client = new QueryClient();
  hydrate(client, seed);
  return client.getQueryData(query.options(null, PRE_READY_DATA_VERSION, ...inputs).queryKey);
};

describe('first-screen seed', () => {
  it("holds the Overview of every province's latest scored year, keyed as the app asks before its engine is ready", () => {
    const provinces = seededData(provincesQuery) as { code: string }[];
    const provinceRows = readFileSync(new URL('../../data/provinces.csv', import.meta.url), 'utf8');
    expect(provinces).toHaveLength(provinceRows.trim().split('\n').length - 1);
    for (const { code } of provinces) {
      expect(seededData(totalTrendQuery, code), code).toBeDefined();
      expect(seededData(yearOptionsQuery, code), code).toBeDefined();
    }
    const summary = seededData(provinceYearSummaryQuery, 'P43', 2024) as {
      total: number;
      rank: number;
    };
    expect(summary.total).toBeCloseTo(40.54, 2);
    expect(seededData(dimensionStandingsQuery, 'P43', 2024)).toHaveLength(8);
    // The leadership glance answers before the engine: the goal, the dimensions, the plan's tasks.
    const facts = seededData(briefingFactsQuery, 'P43', 2024) as BriefingFacts;
    expect(facts.goal?.plan).toBe('474/KH-UBND');
    expect(facts.goal?.scoreChange).toBeCloseTo(1.57, 2);
    expect(facts.dimensions).toHaveLength(8);
    expect(facts.tasks).toMatchObject({ taskCount: 33, isSample: true });
    expect(seededData(briefingFactsQuery, 'P01', 2024)).toMatchObject({ goal: { plan: null } });
    // Quảng Ninh (P14) had no 2023 score: only its latest year, 2024, is seeded.
    expect(seededData(provinceYearSummaryQuery, 'P14', 2023)).toBeUndefined();
  });

  it('is answered identically by live DuckDB, question by question', async () => {
    // Three provinces keep the test fast: Đắk Nông (a plan), Hà Nội, Quảng Ninh (no 2023 score).
    const answers = await answerFirstScreen(live, 1, ['P43', 'P01', 'P14']);
    const seededHashes = new Map(seed.queries.map((q) => [q.queryHash, q.state.data]));
    expect(answers.length).toBeGreaterThan(15);
    for (const { queryKey, data } of answers) {
      const preReady = rekey(queryKey, null, PRE_READY_DATA_VERSION);
      expect(preReady).not.toBeNull();
      const hash = hashKey(preReady ?? []);
      expect(seededHashes.has(hash), hash).toBe(true);
      const seeded = seededHashes.get(hash);
      if (readDataQueryKey(queryKey)?.name === datasetsQuery.name) {
        // When each table was loaded differs by nature; what the page shows from it must not.
        const strip = (rows: unknown): unknown =>
          (rows as Record<string, unknown>[]).map(({ loadedAt: _loadedAt, ...rest }) => rest);
        expect(strip(seeded), hash).toEqual(strip(data));
      } else {
        expect(seeded, hash).toEqual(data);
      }
    }
  }, 120_000);
});
