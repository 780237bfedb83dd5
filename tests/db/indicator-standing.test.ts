// The quartile group is decided once, in indicator_standing: the `groups` view, the headline, the plan's
// goal and the dimension lights all read it. Checked here for every province of one year against the rule
// applied in plain TypeScript to the national quartiles, so no copy can drift from it unnoticed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { groupStep, nextGroupUp } from '../../src/domain/papi-groups.ts';
import type { PapiGroup } from '../../src/domain/types.ts';
import { fetchDimensionLights } from '../../src/queries/dimension-lights.ts';
import { fetchPlanGoal } from '../../src/queries/plan-goal.ts';
import { fetchProvinceYearSummary } from '../../src/queries/province-year-summary.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const YEAR = 2024;
const GROUP_ORDER: readonly PapiGroup[] = ['low', 'lower_middle', 'upper_middle', 'high'];

interface Cuts {
  p25: number;
  median: number;
  p75: number;
}

/** The rule as README states it: at or above a cut is the upper group. */
function groupOf(score: number, cuts: Cuts): PapiGroup {
  if (score >= cuts.p75) return 'high';
  if (score >= cuts.median) return 'upper_middle';
  if (score >= cuts.p25) return 'lower_middle';
  return 'low';
}

/** The cut of the group one step up; null in the high group. */
function nextCutOf(score: number, cuts: Cuts): number | null {
  return [cuts.p25, cuts.median, cuts.p75][GROUP_ORDER.indexOf(groupOf(score, cuts))] ?? null;
}

/** national_stats of one year, by indicator. */
async function cutsByIndicator(year: number): Promise<Map<string, Cuts>> {
  const rows = await conn.query<Cuts & { indicator: string }>(sql`
    SELECT indicator, p25, median, p75 FROM national_stats WHERE year = ${year}`);
  return new Map(rows.map((row) => [row.indicator, row]));
}

async function totalsOf(year: number): Promise<{ provinceCode: string; total: number }[]> {
  return conn.query(sql`
    SELECT province_code AS "provinceCode", score AS total FROM scores
    WHERE year = ${year} AND level = 'total' ORDER BY province_code`);
}

describe('the quartile group, decided once', () => {
  it('gives every province of 2024 the same total group in the groups view, the headline and the rule', async () => {
    const cuts = (await cutsByIndicator(YEAR)).get('total');
    if (cuts === undefined) throw new Error('no national figures for the total');
    const groups = await conn.query<{ provinceCode: string; group: PapiGroup; next: number | null }>(sql`
      SELECT province_code AS "provinceCode", papi_group AS "group", next_group_threshold AS next
      FROM groups WHERE year = ${YEAR} ORDER BY province_code`);
    const totals = await totalsOf(YEAR);
    expect(totals).toHaveLength(61);
    expect(groups.map((g) => g.provinceCode)).toEqual(totals.map((t) => t.provinceCode));
    for (const [i, { provinceCode, total }] of totals.entries()) {
      const summary = await fetchProvinceYearSummary(conn, provinceCode, YEAR);
      expect(groups[i]?.group, provinceCode).toBe(groupOf(total, cuts));
      expect(summary?.group, provinceCode).toBe(groupOf(total, cuts));
      expect(groups[i]?.next, provinceCode).toBe(nextCutOf(total, cuts));
      expect(summary?.nextGroupThreshold, provinceCode).toBe(nextCutOf(total, cuts));
    }
    // 61 totals: each cut is one province's own total, so the tie rule (on a cut = upper group) is exercised.
    expect(totals.filter((t) => [cuts.p25, cuts.median, cuts.p75].includes(t.total))).toHaveLength(3);
  });

  it("gives every province's 2024 dimensions the group the rule gives from the national quartiles", async () => {
    const cuts = await cutsByIndicator(YEAR);
    const totals = await totalsOf(YEAR);
    let checked = 0;
    for (const { provinceCode } of totals) {
      for (const light of await fetchDimensionLights(conn, provinceCode, YEAR)) {
        const dimensionCuts = cuts.get(light.indicator);
        if (dimensionCuts === undefined) throw new Error(`no national figures for ${light.indicator}`);
        expect(light.group, `${provinceCode} ${light.indicator}`).toBe(groupOf(light.score, dimensionCuts));
        expect(light.nationalMedian).toBe(dimensionCuts.median);
        checked += 1;
      }
    }
    expect(checked).toBe(61 * 8);
  });

  it("orders the groups in TypeScript as SQL does: every standing row's step and next group, every year", async () => {
    // The app's TypeScript (domain/papi-groups.ts: goal checks, legends, the headline's next group) orders the
    // groups SQL names; a row whose step or next group disagrees would show a goal met that SQL counts unmet.
    const rows = await conn.query<{
      group: PapiGroup;
      step: number;
      previousGroup: PapiGroup | null;
      previousStep: number | null;
      next: number | null;
    }>(sql`
      SELECT papi_group AS "group", group_step AS step, previous_group AS "previousGroup",
             previous_group_step AS "previousStep", next_group_threshold AS next
      FROM indicator_standing`);
    expect(rows.length).toBeGreaterThan(10_000);
    for (const row of rows) {
      expect(groupStep(row.group), row.group).toBe(row.step);
      if (row.previousGroup !== null) expect(groupStep(row.previousGroup)).toBe(row.previousStep);
      // A next group's name exactly where SQL has a next cut.
      expect(nextGroupUp(row.group) === null, row.group).toBe(row.next === null);
    }
    expect(new Set(rows.map((row) => row.group)).size).toBe(4);
  });

  it('counts group steps on the year before in the order low < lower-middle < upper-middle < high', async () => {
    const previousCuts = (await cutsByIndicator(YEAR - 1)).get('total');
    const cuts = (await cutsByIndicator(YEAR)).get('total');
    if (previousCuts === undefined || cuts === undefined)
      throw new Error('no national figures for the total');
    const previous = new Map((await totalsOf(YEAR - 1)).map((t) => [t.provinceCode, t.total]));
    const steps = new Set<number>();
    for (const { provinceCode, total } of await totalsOf(YEAR)) {
      const goal = await fetchPlanGoal(conn, provinceCode, YEAR);
      const before = previous.get(provinceCode);
      if (before === undefined) {
        expect(goal?.groupSteps, provinceCode).toBeNull();
        continue;
      }
      const expected =
        GROUP_ORDER.indexOf(groupOf(total, cuts)) - GROUP_ORDER.indexOf(groupOf(before, previousCuts));
      expect(goal?.groupSteps, provinceCode).toBe(expected);
      expect(goal?.previousGroup, provinceCode).toBe(groupOf(before, previousCuts));
      steps.add(expected);
    }
    // Provinces moved up, down and stayed: the sign of the order is exercised, not only zero.
    expect([...steps].some((s) => s > 0) && [...steps].some((s) => s < 0) && steps.has(0)).toBe(true);
  });
});
