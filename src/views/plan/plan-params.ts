// The Plan view's URL parameters (VIEW_PARAM_NAMES.plan): parsed, checked against the data, written back.
import { TASK_STATES, type TaskState } from '../../domain/task-state.ts';
import type { ViewParams } from '../../state/url-state.ts';

/** What the Plan view shows, as the URL says it. */
export interface PlanFilters {
  q: string;
  dimension: string | null;
  agency: string | null;
  unit: string | null;
  status: TaskState | null;
  period: string | null;
  /** The task whose details are open. */
  task: string | null;
}

export const EMPTY_PLAN_FILTERS: PlanFilters = {
  q: '',
  dimension: null,
  agency: null,
  unit: null,
  status: null,
  period: null,
  task: null,
};

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** Raw URL parameters → filters; an unknown status is dropped here, other values are checked by resolvePlanFilters. */
export function parsePlanParams(params: ViewParams): PlanFilters {
  const status = text(params.status);
  return {
    q: params.q ?? '',
    dimension: text(params.dimension),
    agency: text(params.agency),
    unit: text(params.unit),
    status:
      status !== null && (TASK_STATES as readonly string[]).includes(status) ? (status as TaskState) : null,
    period: text(params.period),
    task: text(params.task),
  };
}

/** Filters → URL parameters, empty ones left out. */
export function serialisePlanParams(filters: PlanFilters): ViewParams {
  const entries: [string, string | null][] = [
    ['q', filters.q === '' ? null : filters.q],
    ['dimension', filters.dimension],
    ['agency', filters.agency],
    ['unit', filters.unit],
    ['status', filters.status],
    ['period', filters.period],
    ['task', filters.task],
  ];
  return Object.fromEntries(entries.filter((entry): entry is [string, string] => entry[1] !== null));
}

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
