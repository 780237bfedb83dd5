// The first screens of the views other than the Overview, opened by a deep link with their default
// parameters: each view's questions with exactly the inputs the view asks them with, so the seed answers
// what the page asks before the engine is live. answerFirstScreen (first-screen-queries.ts) answers them.

import type { QueryKey } from '@tanstack/react-query';
import type { Connector } from '../db/connector.ts';
import { dimensionLightsQuery } from '../queries/dimension-lights.ts';
import { indicatorChildrenQuery } from '../queries/indicator-children.ts';
import { indicatorPanelQuery } from '../queries/indicator-panel.ts';
import { indicatorYearsQuery } from '../queries/indicator-years.ts';
import { nationLeagueTableQuery } from '../queries/nation-league-table.ts';
import { nationDimensionsMapQuery, nationMapQuery } from '../queries/nation-map.ts';
import { planViewLatestPeriodQuery } from '../queries/plan-view-latest-period.ts';
import { planViewReportsQuery } from '../queries/plan-view-reports.ts';
import { planViewTasksQuery } from '../queries/plan-view-tasks.ts';
import { provinceScoresQuery } from '../queries/province-scores.ts';
import { dimensionCompletionQuery } from '../queries/scores-vs-tasks-completion.ts';
import { dimensionScoresQuery } from '../queries/scores-vs-tasks-scores.ts';
import { DEFAULT_INDICATOR } from '../state/view-params/dimensions-params.ts';
import { NATION_DEFAULT_INDICATOR } from '../state/view-params/nation-params.ts';

/** A question as react-query options: its key and the function that answers it. */
export interface Question {
  queryKey: QueryKey;
  queryFn?: unknown;
}

/**
 * Nationwide (`view=nation`) for `year` with its default parameters (the total, the whole country, rank
 * order): the league table, the tile map, and the small multiples with the strips. The selected province is
 * only highlighted when drawn, never an input, so these answers serve every province.
 */
export function nationQuestions(conn: Connector | null, dataVersion: number, year: number): Question[] {
  // The total is its own parts' parent: the league table's root is the total itself.
  return [
    nationLeagueTableQuery.options(conn, dataVersion, year, NATION_DEFAULT_INDICATOR),
    nationMapQuery.options(conn, dataVersion, year, NATION_DEFAULT_INDICATOR),
    nationDimensionsMapQuery.options(conn, dataVersion, year),
  ];
}

/**
 * Dimensions, Plan and Scores vs tasks of `provinceCode` in `year` (its latest scored year, as a link
 * without a year resolves), with their default parameters. Beyond these, the Dimensions view asks for the
 * plan's tasks (planTasksQuery), which the Overview's questions already hold.
 */
export function provinceViewQuestions(
  conn: Connector | null,
  dataVersion: number,
  provinceCode: string,
  year: number,
): Question[] {
  return [
    // Dimensions: the total's panel and years (every province), its parts and the heatmap's dimensions.
    indicatorPanelQuery.options(conn, dataVersion, DEFAULT_INDICATOR),
    indicatorYearsQuery.options(conn, dataVersion, DEFAULT_INDICATOR),
    indicatorChildrenQuery.options(conn, dataVersion, provinceCode, DEFAULT_INDICATOR),
    provinceScoresQuery.options(conn, dataVersion, provinceCode, 'dimension'),
    // The user's dimension targets are drawn against this year's national figures (Dimensions, Scores vs tasks).
    dimensionLightsQuery.options(conn, dataVersion, provinceCode, year),
    // Plan (and the task states the Dimensions view lists under the indicator).
    planViewTasksQuery.options(conn, dataVersion, provinceCode),
    planViewReportsQuery.options(conn, dataVersion, provinceCode),
    planViewLatestPeriodQuery.options(conn, dataVersion, provinceCode),
    // Scores vs tasks.
    dimensionScoresQuery.options(conn, dataVersion, provinceCode),
    dimensionCompletionQuery.options(conn, dataVersion, provinceCode, year),
  ];
}
