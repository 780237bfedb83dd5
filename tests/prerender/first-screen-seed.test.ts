// The first-screen seed: built at build time on Node DuckDB with the app's own queries, it must hold every
// province's latest-year Overview, the Nationwide view of the latest year and the default province's
// Dimensions, Plan and Scores vs tasks (keyed with the views' default parameters), and live DuckDB must
// answer each seeded question identically (so the page does not change when the engine takes over).

import { readFileSync } from 'node:fs';
import { hashKey, hydrate, QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedFirstScreenSeed, firstScreenSeedVersion } from '../../data/scripts/first-screen-seed-cache.ts';
import type { Connector } from '../../src/db/connector.ts';
import { answerFirstScreen } from '../../src/prerender/first-screen-queries.ts';
import {
  PRE_READY_DATA_VERSION,
  rekey,
  SEED_PARTS,
  seedPartsFor,
  seedPartsIn,
  type FirstScreenSeedFile,
  type SeedPart,
} from '../../src/prerender/first-screen-seed.ts';
import type { ViewId } from '../../src/state/view-ids.ts';
import { QUESTIONS_ABOUT_THE_LOAD } from '../../src/prerender/seeded-database-store.ts';
import type { BriefingFacts } from '../../src/domain/briefing/briefing-facts.ts';
import { briefingFactsQuery } from '../../src/queries/briefing-summary.ts';
import { readDataQueryKey } from '../../src/queries/data-query-key.ts';
import { dimensionStandingsQuery } from '../../src/queries/dimension-standings.ts';
import { provincesQuery } from '../../src/queries/provinces.ts';
import { provinceYearSummaryQuery } from '../../src/queries/province-year-summary.ts';
import { yearOptionsQuery } from '../../src/queries/scored-years.ts';
import { totalTrendQuery } from '../../src/queries/total-trend.ts';
import { DEFAULT_PROVINCE_CODE } from '../../src/domain/papi.ts';
import { dimensionLightsQuery } from '../../src/queries/dimension-lights.ts';
import { indicatorChildrenQuery } from '../../src/queries/indicator-children.ts';
import { indicatorPanelQuery } from '../../src/queries/indicator-panel.ts';
import { indicatorYearsQuery } from '../../src/queries/indicator-years.ts';
import { nationLeagueTableQuery, type NationStandingRow } from '../../src/queries/nation-league-table.ts';
import { nationDimensionsMapQuery, nationMapQuery, type NationMapRow } from '../../src/queries/nation-map.ts';
import { planViewLatestPeriodQuery } from '../../src/queries/plan-view-latest-period.ts';
import { planViewReportsQuery } from '../../src/queries/plan-view-reports.ts';
import { planViewTasksQuery } from '../../src/queries/plan-view-tasks.ts';
import { provinceScoresQuery } from '../../src/queries/province-scores.ts';
import {
  dimensionCompletionQuery,
  type DimensionCompletion,
} from '../../src/queries/scores-vs-tasks-completion.ts';
import { dimensionScoresQuery } from '../../src/queries/scores-vs-tasks-scores.ts';
import { DEFAULT_INDICATOR } from '../../src/state/view-params/dimensions-params.ts';
import { NATION_DEFAULT_INDICATOR } from '../../src/state/view-params/nation-params.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let seed: Map<SeedPart, { file: string; json: string }>;
let live: Connector;

beforeAll(async () => {
  // The seed's parts `vite build` ships (built here once per change of its inputs, then read by the build).
  seed = await cachedFirstScreenSeed();
  live = await createLoadedConnector();
}, 240_000); // ~20 s alone; much more on a busy 2-core box

afterAll(async () => {
  await live.close();
});

const partFile = (part: SeedPart): FirstScreenSeedFile =>
  JSON.parse(seed.get(part)?.json ?? 'null') as FirstScreenSeedFile;

/**
 * The seeded answers a page showing `view` of `provinceCode` reads before its engine is ready (the parts
 * seedPartsFor names): `seededIn(view, code)(query, ...inputs)` is the answer to `query` with these inputs.
 */
const seededIn =
  (view: ViewId, provinceCode: string) =>
  <TInputs extends unknown[]>(
    query: { options: (conn: null, dataVersion: number, ...inputs: TInputs) => { queryKey: QueryKey } },
    ...inputs: TInputs
  ): unknown => {
    const client = new QueryClient();
    for (const part of seedPartsFor(view, provinceCode)) hydrate(client, partFile(part));
    return client.getQueryData(query.options(null, PRE_READY_DATA_VERSION, ...inputs).queryKey);
  };

/** Bytes of JSON the page parses for these parts. */
const jsonBytes = (parts: readonly SeedPart[]): number =>
  parts.reduce((sum, part) => sum + Buffer.byteLength(seed.get(part)?.json ?? ''), 0);

describe('first-screen seed', () => {
  it("holds every unit's years in the part every page reads, so a choice of unit needs no engine for them", () => {
    const client = new QueryClient();
    hydrate(client, partFile('common'));
    const provinces = client.getQueryData(provincesQuery.options(null, PRE_READY_DATA_VERSION).queryKey) as {
      code: string;
    }[];
    expect(provinces.length).toBeGreaterThan(90); // both maps
    for (const { code } of provinces) {
      const years = client.getQueryData(
        yearOptionsQuery.options(null, PRE_READY_DATA_VERSION, code).queryKey,
      ) as { year: number }[] | undefined;
      expect(
        years?.map((option) => option.year),
        code,
      ).toContain(2024);
    }
  });

  it("holds the Overview of every province's latest scored year, keyed as the app asks before its engine is ready", () => {
    const provinces = seededIn('overview', 'P43')(provincesQuery) as { code: string }[];
    const provinceRows = readFileSync(new URL('../../data/provinces.csv', import.meta.url), 'utf8');
    expect(provinces).toHaveLength(provinceRows.trim().split('\n').length - 1);
    for (const { code } of provinces) {
      expect(seededIn('overview', code)(totalTrendQuery, code), code).toBeDefined();
      expect(seededIn('overview', code)(yearOptionsQuery, code), code).toBeDefined();
    }
    const seededData = seededIn('overview', 'P43');
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
    expect(seededIn('overview', 'P01')(briefingFactsQuery, 'P01', 2024)).toMatchObject({
      goal: { plan: null },
    });
    // Quảng Ninh (P14) had no 2023 score: only its latest year, 2024, is seeded.
    expect(seededIn('overview', 'P14')(provinceYearSummaryQuery, 'P14', 2023)).toBeUndefined();
  });

  it("gives the default province's Overview a small part of the seed to parse, with no other province's or view's answers", () => {
    const overview = seedPartsFor('overview', DEFAULT_PROVINCE_CODE);
    // A link without parameters opens it; one that names it reads the same parts.
    expect(seedPartsIn('')).toEqual(overview);
    expect(seedPartsIn(`?province=${DEFAULT_PROVINCE_CODE}&view=overview&lang=en`)).toEqual(overview);
    // Parsed on the main thread before the first figures: under a tenth of the whole seed.
    expect(jsonBytes(overview) * 10).toBeLessThan(jsonBytes(SEED_PARTS));
    const seededData = seededIn('overview', DEFAULT_PROVINCE_CODE);
    expect(seededData(totalTrendQuery, 'P01')).toBeUndefined();
    expect(seededData(nationLeagueTableQuery, 2024, NATION_DEFAULT_INDICATOR)).toBeUndefined();
    expect(seededData(planViewReportsQuery, DEFAULT_PROVINCE_CODE)).toBeUndefined();
    // Another province's link reads the other provinces' Overview part (and no view's).
    expect(seedPartsIn('?province=P01')).toEqual(seedPartsFor('overview', 'P01'));
    expect(seedPartsFor('overview', 'P01')).not.toContain('overview-default-province');
  });

  it('holds the Nationwide view of 2024 with its default parameters: every unit, ranked as published', () => {
    const seededData = seededIn('nation', 'P01');
    const league = seededData(nationLeagueTableQuery, 2024, NATION_DEFAULT_INDICATOR) as NationStandingRow[];
    const totals = league.filter((row) => row.indicator === 'total');
    // Every unit of the 63-province map is listed; 61 have a 2024 total.
    expect(new Set(league.map((row) => row.provinceCode)).size).toBe(63);
    expect(totals).toHaveLength(61);
    expect(totals.find((row) => row.rank === 1)).toMatchObject({ provinceCode: 'P14' });
    expect(totals.find((row) => row.provinceCode === 'P14')?.score).toBeCloseTo(47.82, 2);
    expect(totals.find((row) => row.provinceCode === 'P43')).toMatchObject({ rank: 58, scoredCount: 61 });
    // The 8 dimensions are the table's other columns (an unscored unit's one row has none).
    const columns = new Set(league.map((row) => row.indicator));
    expect([...columns].filter((code) => code !== null && code !== 'total')).toHaveLength(8);
    const map = seededData(nationMapQuery, 2024, NATION_DEFAULT_INDICATOR) as NationMapRow[];
    expect(map).toHaveLength(63);
    expect(map.find((row) => row.code === 'P43')).toMatchObject({ rank: 58, scoredCount: 61 });
    const dimensions = seededData(nationDimensionsMapQuery, 2024) as NationMapRow[];
    expect(new Set(dimensions.map((row) => row.indicator)).size).toBe(8);
    expect(dimensions).toHaveLength(8 * 63);
    // One year only: the other years are asked for live.
    expect(seededData(nationLeagueTableQuery, 2023, NATION_DEFAULT_INDICATOR)).toBeUndefined();
  });

  it("holds the default province's Dimensions, Plan and Scores vs tasks, and no other province's", () => {
    const code = DEFAULT_PROVINCE_CODE;
    const seededData = <TInputs extends unknown[]>(
      query: { options: (conn: null, dataVersion: number, ...inputs: TInputs) => { queryKey: QueryKey } },
      ...inputs: TInputs
    ): unknown => {
      // Each view's page reads them all (the three views share questions, so they share a part).
      const answers = (['dimensions', 'plan', 'scores-vs-tasks'] as const).map((view) =>
        seededIn(view, code)(query, ...inputs),
      );
      expect(answers[1]).toEqual(answers[0]);
      expect(answers[2]).toEqual(answers[0]);
      return answers[0];
    };
    // Dimensions: the total's panel and years, its parts (the 8 dimensions), the heatmap's dimensions.
    const panel = seededData(indicatorPanelQuery, DEFAULT_INDICATOR) as {
      provinceCode: string;
      year: number;
    }[];
    expect(panel.some((row) => row.provinceCode === code && row.year === 2024)).toBe(true);
    expect(seededData(indicatorYearsQuery, DEFAULT_INDICATOR)).toBeDefined();
    const parts = seededData(indicatorChildrenQuery, code, DEFAULT_INDICATOR) as { indicator: string }[];
    expect(new Set(parts.map((row) => row.indicator)).size).toBe(8);
    expect(seededData(provinceScoresQuery, code, 'dimension')).not.toHaveLength(0);
    expect(seededData(dimensionLightsQuery, code, 2024)).toHaveLength(8);
    // Plan: the 33 tasks of 474/KH-UBND, their reports and the latest period.
    const tasks = seededData(planViewTasksQuery, code) as { taskId: string }[];
    expect(new Set(tasks.map((task) => task.taskId)).size).toBe(33);
    expect(seededData(planViewReportsQuery, code)).not.toHaveLength(0);
    expect(seededData(planViewLatestPeriodQuery, code)).toMatch(/^\d{4}/);
    // Scores vs tasks: the dimension scores and the completion of the plan aimed at 2024.
    expect(seededData(dimensionScoresQuery, code)).not.toHaveLength(0);
    const completion = seededData(dimensionCompletionQuery, code, 2024) as DimensionCompletion;
    expect(completion.planTargetYear).toBe(2024);
    expect(completion.points).not.toHaveLength(0);
    // Kept lean: another province's deep links wait for the engine.
    expect(seededData(planViewReportsQuery, 'P01')).toBeUndefined();
    expect(seededData(indicatorChildrenQuery, 'P01', DEFAULT_INDICATOR)).toBeUndefined();
  });

  it('fills the questions the page asked before it arrived (a repeat visit renders before the seed is read)', () => {
    const client = new QueryClient();
    // The shell asks for the provinces as soon as it renders: with no engine, an empty question in the cache.
    const provinces = new QueryObserver(client, provincesQuery.options(null, PRE_READY_DATA_VERSION));
    const unsubscribe = provinces.subscribe(() => undefined);
    expect(provinces.getCurrentResult().data).toBeUndefined();
    hydrate(client, partFile('common'));
    expect(provinces.getCurrentResult().data).toEqual(seededIn('overview', 'P43')(provincesQuery));
    unsubscribe();
  });

  it('carries the version the build gives the app, so the app keeps its answers only when built with it', () => {
    for (const part of SEED_PARTS) {
      expect(partFile(part).version, part).toBe(firstScreenSeedVersion());
      expect(partFile(part).version, part).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('is answered identically by live DuckDB, question by question', async () => {
    // Three provinces keep the test fast: Đắk Nông (a plan), Hà Nội, Quảng Ninh (no 2023 score).
    const answers = await answerFirstScreen(live, 1, ['P43', 'P01', 'P14']);
    const seededHashes = new Map(
      SEED_PARTS.flatMap((part) => partFile(part).queries.map((q) => [q.queryHash, q.state.data])),
    );
    expect(answers.length).toBeGreaterThan(15);
    for (const { queryKey, data } of answers) {
      const preReady = rekey(queryKey, null, PRE_READY_DATA_VERSION);
      expect(preReady).not.toBeNull();
      const hash = hashKey(preReady ?? []);
      expect(seededHashes.has(hash), hash).toBe(true);
      const seeded = seededHashes.get(hash);
      if (QUESTIONS_ABOUT_THE_LOAD.has(readDataQueryKey(queryKey)?.name ?? '')) {
        // When each table was loaded differs by nature (the page asks live DuckDB again); the rest must not.
        const strip = (rows: unknown): unknown =>
          (rows as Record<string, unknown>[]).map(({ loadedAt: _loadedAt, ...rest }) => rest);
        expect(strip(seeded), hash).toEqual(strip(data));
      } else {
        expect(seeded, hash).toEqual(data);
      }
    }
  }, 120_000);
});
