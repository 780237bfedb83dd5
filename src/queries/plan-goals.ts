// Question: which goals do the plans aimed at this year set themselves (table plan_goals), and where does
// the province stand on each goal's indicator in that year and in the year the goal compares with?
// Standing comes from indicator_standing (rank within the year's map, group, next cut); comparability
// across the years between from indicator_comparability. Goals on an indicator without a score that year
// are left out.

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import type { CheckedPlanGoal } from '../domain/briefing/briefing-facts.ts';
import { isPapiGroup } from '../domain/papi-groups.ts';
import type { PlanGoal } from '../domain/plan-goal.ts';
import type { PapiGroup } from '../domain/types.ts';

/** A plan_goals row (db/tables.ts) with its years resolved, and the standing then and since. */
interface PlanGoalStandingRow {
  plan: string;
  indicator: string;
  kind: string;
  score: number | null;
  papi_group: string | null;
  places: number | null;
  rise_score: boolean | null;
  rise_group: boolean | null;
  since_year: number;
  target_year: number;
  text: string | null;
  current_score: number;
  current_group: PapiGroup;
  rank: number;
  scored_count: number;
  unit_kind: string;
  next_group_threshold: number | null;
  since_score: number | null;
  since_group: PapiGroup | null;
  since_rank: number | null;
  since_scored_count: number | null;
  since_unit_kind: string | null;
  comparable_since: boolean;
}

/** The goal a row states; null when the row is incomplete for its kind (it is then not checked). */
function goalOfRow(row: PlanGoalStandingRow): PlanGoal | null {
  const base = {
    plan: row.plan,
    indicator: row.indicator,
    targetYear: row.target_year,
    text: row.text ?? '',
  };
  const since = row.since_year;
  switch (row.kind) {
    case 'score':
      return row.score === null ? null : { ...base, kind: 'score', score: row.score };
    case 'group':
      return isPapiGroup(row.papi_group) ? { ...base, kind: 'group', group: row.papi_group } : null;
    case 'rank':
      return row.places === null ? null : { ...base, kind: 'rank', places: row.places, since };
    case 'rise': {
      const score = row.rise_score ?? false;
      const group = row.rise_group ?? false;
      return score || group ? { ...base, kind: 'rise', score, group, since } : null;
    }
    default:
      return null;
  }
}

function checkedGoalOfRow(row: PlanGoalStandingRow): CheckedPlanGoal | null {
  const goal = goalOfRow(row);
  if (goal === null) return null;
  const since =
    row.since_score === null || row.since_group === null || row.since_rank === null
      ? null
      : {
          score: row.since_score,
          group: row.since_group,
          rank: row.since_rank,
          scoredCount: row.since_scored_count ?? 0,
          unitKind: row.since_unit_kind ?? '',
        };
  return {
    goal,
    standing: {
      score: row.current_score,
      group: row.current_group,
      rank: row.rank,
      scoredCount: row.scored_count,
      unitKind: row.unit_kind,
      nextGroupThreshold: row.next_group_threshold,
      since,
      comparableSince: row.comparable_since,
    },
  };
}

/** The goals of the province's plans aimed at `year`, in the order each plan writes them, with their standing. */
export async function fetchPlanGoals(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<CheckedPlanGoal[]> {
  // A goal without its own years is for the plan's target year, compared with the year before.
  const rows = await conn.query<PlanGoalStandingRow>(sql`
    WITH goals AS (
      SELECT g.rowid AS position, g.plan, g.indicator, g.kind, g.score, g.papi_group, g.places,
             g.rise_score, g.rise_group, g.text,
             coalesce(g.target_year, pt.target_year)::INTEGER AS target_year,
             coalesce(g.since_year, coalesce(g.target_year, pt.target_year) - 1)::INTEGER AS since_year
      FROM plan_goals g JOIN plan_targets pt ON pt.plan = g.plan
      WHERE pt.province_code = ${provinceCode} AND pt.target_year = ${year}
    )
    SELECT goals.*, cur.score AS current_score, cur.papi_group AS current_group, cur.rank,
           cur.scored_count, cur.unit_kind, cur.next_group_threshold,
           prev.score AS since_score, prev.papi_group AS since_group, prev.rank AS since_rank,
           prev.scored_count AS since_scored_count, prev.unit_kind AS since_unit_kind,
           coalesce((SELECT bool_and(ic.comparable_with_previous) FROM indicator_comparability ic
                     WHERE ic.indicator = goals.indicator AND ic.year > goals.since_year
                       AND ic.year <= goals.target_year), false) AS comparable_since
    FROM goals
    JOIN indicator_standing cur
      ON cur.province_code = ${provinceCode} AND cur.year = goals.target_year AND cur.indicator = goals.indicator
    LEFT JOIN indicator_standing prev
      ON prev.province_code = ${provinceCode} AND prev.year = goals.since_year AND prev.indicator = goals.indicator
    WHERE goals.target_year = ${year}
    ORDER BY goals.plan, goals.position`);
  return rows.map(checkedGoalOfRow).filter((goal): goal is CheckedPlanGoal => goal !== null);
}
