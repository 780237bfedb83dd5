// The Overview's questions for one province and year, with exactly the inputs and in the order its view asks them
// (views/overview/overview-view.tsx): the build answers them into the first-screen seed
// (prerender/first-screen-queries.ts), and a choice asks them ahead of its render (app/use-ask-ahead.ts).

import type { QueryFunction, QueryKey, SkipToken } from '@tanstack/react-query';
import type { Connector } from '../db/connector.ts';
import { briefingFactsQuery } from './briefing-summary.ts';
import { dimensionStandingsQuery } from './dimension-standings.ts';
import { planTasksQuery } from './plan-tasks.ts';
import { predecessorTotalsQuery } from './predecessor-totals.ts';
import { provinceYearSummaryQuery } from './province-year-summary.ts';
import { totalTrendQuery } from './total-trend.ts';

/** One question as react-query options: its key and the function that answers it (skipToken without an engine). */
export interface DataQuestion {
  queryKey: QueryKey;
  queryFn?: QueryFunction<unknown, QueryKey, never> | SkipToken;
}

/**
 * The Overview of `provinceCode` in `year`: its headline, dimensions, trend with a new unit's predecessors (none for
 * an old unit, asked all the same: the trend waits for the answer), plan and glance (asked last: it waits for the
 * first figures). With no year (a new unit without scores of its own), the three that need none, which the seed
 * holds for every unit. Left out of the seed, the predecessors' question was the one the engine answered at every
 * start, cold (~250 ms), ahead of whatever the user asked first.
 */
export function overviewQuestions(
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  year: number | null,
): DataQuestion[] {
  const yearless: DataQuestion[] = [
    totalTrendQuery.options(conn, dataVersion, provinceCode),
    predecessorTotalsQuery.options(conn, dataVersion, provinceCode),
    planTasksQuery.options(conn, dataVersion, provinceCode, null),
  ];
  if (year === null) return yearless;
  return [
    provinceYearSummaryQuery.options(conn, dataVersion, provinceCode, year),
    dimensionStandingsQuery.options(conn, dataVersion, provinceCode, year),
    ...yearless,
    briefingFactsQuery.options(conn, dataVersion, provinceCode, year),
  ];
}
