// The completion chart as a chart spec: what the Plan view hands the chart wrapper and an export re-renders.
import type { PlanCompletionPoint } from './plan-completion-rows.ts';
import type { ChartSpec } from '../chart-spec.ts';
import type { PlanCompletionSettings } from './build-plan-completion-option.ts';
import { buildPlanCompletionOption } from './build-plan-completion-option.ts';
import { NAMED_BARS_NARROW_WIDTH_PX } from '../named-bars-layout.ts';
import { describePlanCompletion } from './plan-completion-description.ts';
import { groupCompletion } from './plan-completion-rows.ts';
import { buildPlanCompletionTable } from './plan-completion-table.ts';

export const PLAN_COMPLETION_CHART_ID = 'chart-plan-completion';

/** A group of bars per dimension, taller on a phone where the names wrap to four lines; legend and axis. */
function heightFor(groupCount: number, periodCount: number) {
  return (widthPx: number): number => {
    const narrow = widthPx < NAMED_BARS_NARROW_WIDTH_PX;
    const groupPx = Math.max(narrow ? 60 : 44, periodCount * 9);
    return Math.max(240, groupCount * groupPx + (narrow ? 130 : 100));
  };
}

/** The first and last year of the points' periods, for file names ("2024-2025"). */
function yearsOf(points: readonly PlanCompletionPoint[]): string {
  const years = points.map((point) => point.periodEnd.slice(0, 4)).sort();
  const first = years[0] ?? '';
  const last = years.at(-1) ?? '';
  return first === last ? first : `${first}-${last}`;
}

/** The spec of the province's plan completion by dimension and report period. */
export function createPlanCompletionSpec(
  points: readonly PlanCompletionPoint[],
  settings: PlanCompletionSettings,
): ChartSpec<readonly PlanCompletionPoint[], PlanCompletionSettings> {
  const grouped = groupCompletion(points);
  return {
    id: PLAN_COMPLETION_CHART_ID,
    rows: points,
    settings,
    build: buildPlanCompletionOption,
    toTable: buildPlanCompletionTable,
    describe: describePlanCompletion,
    // The bars are the progress reports themselves.
    drawsProgress: true,
    heightPx: heightFor(grouped.groups.length, grouped.periods.length),
    exportName: { province: settings.provinceName, indicator: settings.plans, years: yearsOf(points) },
  };
}
