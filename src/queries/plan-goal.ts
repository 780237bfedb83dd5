// Question: did the plan aimed at this year reach its own goal ("tăng điểm số, tăng Nhóm so với năm trước",
// or the goals it writes itself: plan-goals.ts)? Everything is read from the loaded data: the province's
// total and group this year and the year before, the next group's cut, the plan(s) aimed at this year (or,
// failing that, the plan aimed nearest to it) and their goals with the standing each is checked against.

import type { BriefingGoalFacts } from '../domain/briefing/briefing-facts.ts';
import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { fetchPlanGoals } from './plan-goals.ts';

/** A province-year against the year before, and the plan that aims at it (fields: BriefingGoalFacts). */
export interface PlanGoalFacts extends BriefingGoalFacts {
  provinceCode: string;
  year: number;
}

/** The goal facts of one province-year; null when the province has no total that year. */
export async function fetchPlanGoal(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<PlanGoalFacts | null> {
  const rows = await conn.query<PlanGoalFacts>(sql`
    WITH aimed AS (
      SELECT string_agg(plan, ', ' ORDER BY plan) AS plan FROM plan_targets
      WHERE province_code = ${provinceCode} AND target_year = ${year}
    ),
    nearest AS (
      SELECT plan, target_year FROM plan_targets
      WHERE province_code = ${provinceCode} AND target_year IS NOT NULL AND target_year <> ${year}
      ORDER BY abs(target_year - ${year}), target_year DESC, plan
      LIMIT 1
    )
    SELECT province_code AS "provinceCode", year, score AS total, rank, scored_count AS "scoredCount",
           papi_group AS "group", next_group_threshold AS "nextGroupThreshold", change AS "scoreChange",
           previous_score AS "previousTotal", comparable_with_previous AS "comparableWithPrevious",
           previous_group AS "previousGroup", group_step - previous_group_step AS "groupSteps",
           dimension_count AS "dimensionCount", previous_dimension_count AS "previousDimensionCount",
           (SELECT plan FROM aimed) AS plan,
           CASE WHEN (SELECT plan FROM aimed) IS NULL THEN (SELECT plan FROM nearest) END AS "otherPlan",
           CASE WHEN (SELECT plan FROM aimed) IS NULL THEN (SELECT target_year FROM nearest) END
             AS "otherPlanTargetYear"
    FROM total_standing
    WHERE province_code = ${provinceCode} AND year = ${year}`);
  const facts = rows[0];
  if (facts === undefined) return null;
  return { ...facts, goals: facts.plan === null ? [] : await fetchPlanGoals(conn, provinceCode, year) };
}
