// Question: which dimensions are weakest relative to other provinces, and are their tasks being done?

import type { Connector } from '../db/connector.ts';
import { sql } from '../db/sql.ts';
import { surveyCutoffDate } from '../domain/survey-cutoff.ts';
import type { DimensionStanding } from '../domain/types.ts';
import { defineDataQuery } from './define-data-query.ts';

/** The standings' SQL (also what "Xem truy vấn" shows). */
export const dimensionStandingsSql = (provinceCode: string, year: number) =>
  sql`
    WITH target_plans AS (
      SELECT plan, target_year, aims_at_year FROM year_plans(${provinceCode}, ${year})
    ),
    tasks AS (
      SELECT dimension, count(*)::INTEGER AS task_count
      FROM plan_tasks WHERE plan IN (SELECT plan FROM target_plans)
      GROUP BY dimension
    ),
    latest AS (
      SELECT period, period_end FROM province_latest_period_by(${surveyCutoffDate(year)})
      WHERE province_code = ${provinceCode}
    ),
    progress AS (
      SELECT tc.dimension, sum(tc.pairs_done) / sum(tc.pair_count) AS completion_rate, any_value(latest.period) AS period
      FROM task_completion tc JOIN latest ON tc.period_end = latest.period_end AND tc.period = latest.period
      WHERE tc.scope = 'dimension' AND tc.plan IN (SELECT plan FROM target_plans)
        AND (SELECT bool_or(aims_at_year) FROM target_plans)
      GROUP BY tc.dimension
    )
    SELECT s.indicator, s.year, s.score, s.previous_score AS "previousScore",
           s.comparable_with_previous AS "comparableWithPrevious", s.change,
           s.rank, s.scored_count AS "scoredCount", s.median AS "nationalMedian",
           s.min AS "nationalMin", s.max AS "nationalMax", s.gap_to_median AS "gapToMedian",
           (SELECT any_value(target_year) FROM target_plans) AS "planTargetYear",
           CASE WHEN coalesce(tasks.task_count, 0) > 0 THEN progress.completion_rate END AS "completionRate",
           coalesce(tasks.task_count, 0) AS "taskCount",
           CASE WHEN coalesce(tasks.task_count, 0) > 0 THEN progress.period END AS "progressPeriod",
           (SELECT is_sample FROM progress_provenance) AS "progressIsSample"
    FROM indicator_standing s
    LEFT JOIN tasks ON tasks.dimension = s.indicator
    LEFT JOIN progress ON progress.dimension = s.indicator
    WHERE s.province_code = ${provinceCode} AND s.year = ${year} AND s.level = 'dimension'
    ORDER BY s.rank DESC, "gapToMedian" ASC, s.indicator`;

/**
 * The province's scored dimensions that year, weakest first relative to other provinces: worst
 * rank first, ties by gap to the national median (most below first). The plan shown is the year's plan
 * (the schema's year_plans: the one aiming at `year`, else the one aimed nearest to it); its task completion (in
 * the latest period the province's plans reported by `year`'s survey cut-off, domain/survey-cutoff.ts:
 * the work that survey can reflect) is given only when `year` is its target year.
 */
export function fetchDimensionStandings(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<DimensionStanding[]> {
  return conn.query<DimensionStanding>(dimensionStandingsSql(provinceCode, year));
}

/** The question, its options and hooks (key 'dimension-standings'). */
export const dimensionStandingsQuery = defineDataQuery('dimension-standings', fetchDimensionStandings);

/** The province's dimension standings, once the database is ready. */
export const useDimensionStandings = dimensionStandingsQuery.use;
