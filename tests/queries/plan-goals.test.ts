// A plan's own goals (table plan_goals) checked against real DuckDB on the bundled data: 474's goal as
// the bundled row states it, then each kind of goal, met and not met, on the total and on a dimension.
// Goals are added to the loaded table here; the standing comes from the app's own views.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import { sql } from '../../src/db/sql.ts';
import { checkGoal, checkPlanGoal } from '../../src/domain/goal-check.ts';
import { fetchPlanGoal } from '../../src/queries/plan-goal.ts';
import { fetchPlanGoals } from '../../src/queries/plan-goals.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

const PLAN = '474/KH-UBND';

interface GoalRow {
  indicator?: string;
  kind: string;
  score?: number;
  group?: string;
  places?: number;
  riseScore?: boolean;
  riseGroup?: boolean;
  since?: number;
  text: string;
}

/** Replaces 474's goals with `goals` (target year 2024, the plan's). */
async function setGoals(...goals: GoalRow[]): Promise<void> {
  await conn.query(sql`DELETE FROM plan_goals WHERE plan = ${PLAN}`);
  for (const goal of goals) {
    await conn.query(sql`INSERT INTO plan_goals VALUES (${PLAN}, ${goal.indicator ?? 'total'}, ${goal.kind},
      ${goal.score ?? null}::DOUBLE, ${goal.group ?? null}::VARCHAR, ${goal.places ?? null}::INTEGER,
      ${goal.riseScore ?? null}::BOOLEAN, ${goal.riseGroup ?? null}::BOOLEAN, ${goal.since ?? null}::INTEGER,
      NULL, ${goal.text})`);
  }
}

/** The verdicts of 474's goals for Đắk Nông 2024, in the plan's order. */
async function verdicts() {
  const goals = await fetchPlanGoals(conn, 'P43', 2024);
  return goals.map(({ goal, standing }) => checkGoal(goal, standing));
}

/** Đắk Nông's figures on an indicator, read straight from the derived scores and ranks. */
async function standingOf(indicator: string, year: number) {
  const [row] = await conn.query<{ score: number; rank: number }>(sql`
    SELECT score, rank FROM rankings WHERE province_code = 'P43' AND indicator = ${indicator} AND year = ${year}`);
  if (row === undefined) throw new Error(`no score for ${indicator} ${year}`);
  return row;
}

describe('474/KH-UBND as bundled', () => {
  it('has one goal: score up and group up on the total since 2023, checked exactly as today', async () => {
    const goals = await fetchPlanGoals(conn, 'P43', 2024);
    expect(goals.map(({ goal }) => goal)).toEqual([
      expect.objectContaining({
        plan: PLAN,
        indicator: 'total',
        kind: 'rise',
        score: true,
        group: true,
        since: 2023,
        targetYear: 2024,
      }),
    ]);
    const facts = await fetchPlanGoal(conn, 'P43', 2024);
    if (facts === null || goals[0] === undefined) throw new Error('no goal facts');
    const today = checkPlanGoal(facts);
    expect(checkGoal(goals[0].goal, goals[0].standing)).toMatchObject({
      kind: 'rise',
      verdict: 'not_met',
      scoreUp: today.scoreUp,
      groupUp: today.groupUp,
    });
    expect(today).toMatchObject({ scoreUp: 'met', groupUp: 'not_met' });
    expect(facts.goals).toEqual(goals);
  });

  it('is not checked in a year the plan does not aim at', async () => {
    expect(await fetchPlanGoals(conn, 'P43', 2023)).toEqual([]);
  });
});

describe('goals a plan writes itself (Đắk Nông 2024: total 40.54, rank 58 of 61, group Low)', () => {
  beforeEach(async () => {
    await setGoals();
  });
  afterAll(async () => {
    await setGoals({
      kind: 'rise',
      riseScore: true,
      riseGroup: true,
      since: 2023,
      text: 'Phần đầu Chỉ số PAPI năm 2024 của tỉnh tăng điểm số, tăng Nhóm so với năm 2023.',
    });
  });

  it('a score: 45.33 not met, 4.79 points to go; 40.54 met', async () => {
    await setGoals(
      { kind: 'score', score: 45.33, text: 'đạt từ 45,33 điểm trở lên' },
      { kind: 'score', score: 40.54, text: 'đạt từ 40,54 điểm trở lên' },
    );
    const [high, reached] = await verdicts();
    expect(high).toMatchObject({ kind: 'score', verdict: 'not_met' });
    expect(high?.kind === 'score' ? high.pointsToGo : null).toBeCloseTo(4.79, 2);
    expect(reached).toMatchObject({ kind: 'score', verdict: 'met', pointsToGo: 0 });
  });

  it('a group: at least Low is met, at least Lower-middle is not', async () => {
    await setGoals(
      { kind: 'group', group: 'low', text: 'nằm trong nhóm thấp' },
      { kind: 'group', group: 'lower_middle', text: 'nằm trong nhóm trung bình thấp' },
    );
    expect((await verdicts()).map((outcome) => outcome.verdict)).toEqual(['met', 'not_met']);
  });

  it('a rank: up 3 places since 2023 (61st of 61 → 58th) meets "at least 3", not "at least 4"', async () => {
    const before = await standingOf('total', 2023);
    const after = await standingOf('total', 2024);
    expect(before.rank - after.rank).toBe(3);
    await setGoals(
      { kind: 'rank', places: 3, since: 2023, text: 'tăng ít nhất 03 bậc so với năm 2023' },
      { kind: 'rank', places: 4, since: 2023, text: 'tăng ít nhất 04 bậc so với năm 2023' },
    );
    const outcomes = await verdicts();
    expect(outcomes.map((outcome) => outcome.verdict)).toEqual(['met', 'not_met']);
    expect(outcomes[0]).toMatchObject({ rank: 58, sinceRank: 61, placesGained: 3 });
  });

  it('a rank or a rise since a year without a score has no previous; a rise across 2018 is not comparable', async () => {
    await setGoals(
      { kind: 'rank', places: 1, since: 2009, text: 'tăng 01 bậc so với năm 2009' },
      { kind: 'rise', riseScore: true, riseGroup: false, since: 2017, text: 'tăng điểm số so với năm 2017' },
    );
    const [rank, rise] = await verdicts();
    expect(rank?.verdict).toBe('no_previous');
    expect(rise).toMatchObject({ kind: 'rise', scoreUp: 'not_comparable', groupUp: null });
  });

  it("a goal on a dimension is checked on that dimension's score, not the total's", async () => {
    const dimension = await standingOf('1', 2024);
    const reachable = Math.floor(dimension.score * 100) / 100;
    await setGoals(
      { indicator: '1', kind: 'score', score: reachable, text: 'chỉ số nội dung 1 đạt' },
      { indicator: '1', kind: 'score', score: reachable + 0.5, text: 'chỉ số nội dung 1 đạt cao hơn' },
    );
    const outcomes = await verdicts();
    expect(outcomes.map((outcome) => outcome.verdict)).toEqual(['met', 'not_met']);
    expect(outcomes[0]).toMatchObject({ score: dimension.score });
    const goals = await fetchPlanGoals(conn, 'P43', 2024);
    expect(goals.map(({ goal }) => goal.indicator)).toEqual(['1', '1']);
  });
});
