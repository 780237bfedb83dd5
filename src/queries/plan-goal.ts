// Question: did the plan aimed at this year reach its own goal ("tăng điểm số, tăng Nhóm so với năm trước")?
// Everything is read from the loaded data: the province's total and group this year and the year before,
// the next group's cut, and the plan(s) aimed at this year (or, failing that, the plan aimed nearest to it).

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { BriefingGoalFacts } from '../domain/briefing/briefing-facts';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

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
    WITH group_order(papi_group, step) AS (
      VALUES ('low', 1), ('lower_middle', 2), ('upper_middle', 3), ('high', 4)
    ),
    aimed AS (
      SELECT string_agg(plan, ', ' ORDER BY plan) AS plan FROM plan_targets
      WHERE province_code = ${provinceCode} AND target_year = ${year}
    ),
    nearest AS (
      SELECT plan, target_year FROM plan_targets
      WHERE province_code = ${provinceCode} AND target_year IS NOT NULL AND target_year <> ${year}
      ORDER BY abs(target_year - ${year}), target_year DESC, plan
      LIMIT 1
    )
    SELECT r.province_code AS "provinceCode", r.year, r.score AS total, r.rank,
           r.scored_count AS "scoredCount", g.papi_group AS "group",
           g.next_group_threshold AS "nextGroupThreshold",
           CASE WHEN coalesce(ic.comparable_with_previous, false) AND pg.total IS NOT NULL
                THEN r.score - pg.total END AS "scoreChange",
           pg.total AS "previousTotal",
           pg.total IS NOT NULL AND coalesce(ic.comparable_with_previous, false) AS "comparableWithPrevious",
           pg.papi_group AS "previousGroup",
           (go.step - pgo.step)::INTEGER AS "groupSteps",
           dc.dimension_count AS "dimensionCount", pdc.dimension_count AS "previousDimensionCount",
           (SELECT plan FROM aimed) AS plan,
           CASE WHEN (SELECT plan FROM aimed) IS NULL THEN (SELECT plan FROM nearest) END AS "otherPlan",
           CASE WHEN (SELECT plan FROM aimed) IS NULL THEN (SELECT target_year FROM nearest) END
             AS "otherPlanTargetYear"
    FROM rankings r
    -- Constant years in the join conditions, so DuckDB computes the group cuts of two years, not of all.
    JOIN groups g ON g.province_code = ${provinceCode} AND g.year = ${year}
    JOIN group_order go ON go.papi_group = g.papi_group
    JOIN dimension_counts dc ON dc.year = ${year}
    LEFT JOIN indicator_comparability ic ON ic.indicator = 'total' AND ic.year = ${year}
    LEFT JOIN groups pg ON pg.province_code = ${provinceCode} AND pg.year = ${year - 1}
    LEFT JOIN group_order pgo ON pgo.papi_group = pg.papi_group
    LEFT JOIN dimension_counts pdc ON pdc.year = ${year - 1}
    WHERE r.province_code = ${provinceCode} AND r.year = ${year} AND r.level = 'total'`);
  return rows[0] ?? null;
}

/** Query options for fetchPlanGoal; disabled while `conn` is null. */
export const planGoalQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  year: number,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'plan-goal', conn, { dataVersion, provinceCode, year }],
    queryFn: conn === null ? skipToken : () => fetchPlanGoal(conn, provinceCode, year),
  });

/** The plan-goal facts of a province-year, once the database is ready. */
export function usePlanGoal(provinceCode: string, year: number) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(planGoalQueryOptions(connector, dataVersion, provinceCode, year));
}
