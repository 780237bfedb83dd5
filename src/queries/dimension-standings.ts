// Question: which dimensions are weakest relative to other provinces, and are their tasks being done?

import { queryOptions, skipToken, useQuery } from '@tanstack/react-query';
import type { Connector } from '../db/connector';
import { sql } from '../db/sql';
import type { DimensionStanding } from '../domain/types';
import { DATA_QUERY_KEY_ROOT } from './query-client';
import { useReadyConnector } from './use-ready-connector';

/** The standings' SQL (also what "Xem truy vấn" shows). */
export const dimensionStandingsSql = (provinceCode: string, year: number) =>
  sql`
    WITH target AS (
      SELECT target_year FROM plan_targets
      WHERE province_code = ${provinceCode} AND target_year IS NOT NULL
      ORDER BY target_year = ${year} DESC, target_year DESC
      LIMIT 1
    ),
    target_plans AS (
      SELECT plan FROM plan_targets
      WHERE province_code = ${provinceCode} AND target_year = (SELECT target_year FROM target)
    ),
    tasks AS (
      SELECT dimension, count(*)::INTEGER AS task_count
      FROM plan_tasks WHERE plan IN (SELECT plan FROM target_plans)
      GROUP BY dimension
    ),
    latest AS (
      SELECT period, period_end FROM province_latest_periods WHERE province_code = ${provinceCode}
    ),
    progress AS (
      SELECT tc.dimension, sum(tc.pairs_done) / sum(tc.pair_count) AS completion_rate, any_value(latest.period) AS period
      FROM task_completion tc JOIN latest ON tc.period_end = latest.period_end AND tc.period = latest.period
      WHERE tc.scope = 'dimension' AND tc.plan IN (SELECT plan FROM target_plans)
        AND ${year} = (SELECT target_year FROM target)
      GROUP BY tc.dimension
    )
    SELECT r.indicator, r.year, r.score, prev.score AS "previousScore",
           prev.score IS NOT NULL AND coalesce(ic.comparable_with_previous, false) AS "comparableWithPrevious",
           r.rank, r.scored_count AS "scoredCount", ns.median AS "nationalMedian",
           ns.min AS "nationalMin", ns.max AS "nationalMax", r.score - ns.median AS "gapToMedian",
           (SELECT target_year FROM target) AS "planTargetYear",
           CASE WHEN coalesce(tasks.task_count, 0) > 0 THEN progress.completion_rate END AS "completionRate",
           coalesce(tasks.task_count, 0) AS "taskCount",
           CASE WHEN coalesce(tasks.task_count, 0) > 0 THEN progress.period END AS "progressPeriod",
           coalesce((SELECT is_sample FROM datasets WHERE name = 'task_progress'), false) AS "progressIsSample"
    FROM rankings r
    JOIN national_stats ns ON ns.indicator = r.indicator AND ns.year = r.year
    LEFT JOIN indicator_comparability ic ON ic.indicator = r.indicator AND ic.year = r.year
    LEFT JOIN scores prev
      ON prev.province_code = r.province_code AND prev.indicator = r.indicator AND prev.year = r.year - 1
    LEFT JOIN tasks ON tasks.dimension = r.indicator
    LEFT JOIN progress ON progress.dimension = r.indicator
    WHERE r.province_code = ${provinceCode} AND r.year = ${year} AND r.level = 'dimension'
    ORDER BY r.rank DESC, "gapToMedian" ASC, r.indicator`;

/**
 * The province's scored dimensions that year, weakest first relative to other provinces: worst
 * rank first, ties by gap to the national median (most below first). The plan shown is the one
 * aiming at `year`, else the province's plan with the latest target year; its task completion (in
 * the latest period the province's plans reported, see `province_latest_periods`) is given only
 * when `year` is its target year.
 */
export function fetchDimensionStandings(
  conn: Connector,
  provinceCode: string,
  year: number,
): Promise<DimensionStanding[]> {
  return conn.query<DimensionStanding>(dimensionStandingsSql(provinceCode, year));
}

/** Query options for fetchDimensionStandings; disabled while `conn` is null. */
export const dimensionStandingsQueryOptions = (
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  year: number,
) =>
  queryOptions({
    queryKey: [DATA_QUERY_KEY_ROOT, 'dimension-standings', conn, { dataVersion, provinceCode, year }],
    queryFn: conn === null ? skipToken : () => fetchDimensionStandings(conn, provinceCode, year),
  });

/** The province's dimension standings, once the database is ready. */
export function useDimensionStandings(provinceCode: string, year: number) {
  const { connector, dataVersion } = useReadyConnector();
  return useQuery(dimensionStandingsQueryOptions(connector, dataVersion, provinceCode, year));
}
