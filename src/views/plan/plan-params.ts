// The Plan view's URL parameters: read and written by their codec in state/ (so URL migrations can reach
// them), then checked against the loaded data here.
import type { ViewParams } from '../../state/view-param-codec.ts';
import { planParamsCodec, type PlanFilters } from '../../state/view-params/plan-params.ts';

export type { PlanFilters } from '../../state/view-params/plan-params.ts';

export const EMPTY_PLAN_FILTERS: PlanFilters = planParamsCodec.defaults;

/** Raw URL parameters → filters; an unknown status is dropped here, other values are checked by resolvePlanFilters. */
export const parsePlanParams: (params: ViewParams) => PlanFilters = planParamsCodec.parse;

/** Filters → URL parameters, empty ones left out. */
export const serialisePlanParams: (filters: PlanFilters) => ViewParams = planParamsCodec.serialise;

/** The values the data offers for each filter. */
export interface PlanFilterOptions {
  dimensions: readonly string[];
  agencies: readonly string[];
  units: readonly string[];
  periods: readonly string[];
  taskIds: readonly string[];
}

type CheckedKey = 'dimension' | 'agency' | 'unit' | 'period' | 'task';

/** Drops values the data does not have (a stale link); returns the names of the dropped parameters. */
export function resolvePlanFilters(
  filters: PlanFilters,
  options: PlanFilterOptions,
): { filters: PlanFilters; dropped: CheckedKey[] } {
  const lists: Record<CheckedKey, readonly string[]> = {
    dimension: options.dimensions,
    agency: options.agencies,
    unit: options.units,
    period: options.periods,
    task: options.taskIds,
  };
  const resolved = { ...filters };
  const dropped: CheckedKey[] = [];
  for (const key of Object.keys(lists) as CheckedKey[]) {
    const value = filters[key];
    if (value !== null && !lists[key].includes(value)) {
      resolved[key] = null;
      dropped.push(key);
    }
  }
  return { filters: resolved, dropped };
}
