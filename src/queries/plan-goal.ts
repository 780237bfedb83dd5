// Question: did the plan aimed at this year reach its own goal ("tăng điểm số, tăng Nhóm so với năm trước",
// or the goals it writes itself: plan-goals.ts)? Everything is read from the loaded data: the province's
// total and group this year and the year before, the next group's cut, the year's plan(s) (the schema's year_plans:
// aimed at this year, or, failing that, aimed nearest to it) and their goals with the standing each is checked against.

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
    WITH year_plan AS (
      SELECT string_agg(plan, ', ' ORDER BY plan) AS plan, any_value(target_year) AS target_year,
             bool_or(aims_at_year) AS aims_at_year
      FROM year_plans(${provinceCode}, ${year})
    )
    SELECT province_code AS "provinceCode", year, score AS total, rank, scored_count AS "scoredCount",
           papi_group AS "group", next_group_threshold AS "nextGroupThreshold", change AS "scoreChange",
           previous_score AS "previousTotal", comparable_with_previous AS "comparableWithPrevious",
           previous_group AS "previousGroup", group_step - previous_group_step AS "groupSteps",
           dimension_count AS "dimensionCount", previous_dimension_count AS "previousDimensionCount",
           CASE WHEN (SELECT aims_at_year FROM year_plan) THEN (SELECT plan FROM year_plan) END AS plan,
           CASE WHEN NOT (SELECT aims_at_year FROM year_plan) THEN (SELECT plan FROM year_plan) END AS "otherPlan",
           CASE WHEN NOT (SELECT aims_at_year FROM year_plan) THEN (SELECT target_year FROM year_plan) END
             AS "otherPlanTargetYear"
    FROM total_standing
    WHERE province_code = ${provinceCode} AND year = ${year}`);
  const facts = rows[0];
  if (facts === undefined) return null;
  return { ...facts, goals: facts.plan === null ? [] : await fetchPlanGoals(conn, provinceCode, year) };
}
