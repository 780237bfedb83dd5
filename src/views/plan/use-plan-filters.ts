// The Plan view's filters, read from the URL against what the plan and its reports hold, and written back.
import { useMemo } from 'react';
import { compareDimensionCodes } from '../../domain/dimension-order.ts';
import type { ReportedPeriod } from '../../domain/task-state-pairs.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ViewProps } from '../view-props.ts';
import type { PlanFilterOptions, PlanFilters } from './plan-params.ts';
import { parsePlanParams, resolvePlanFilters, serialisePlanParams } from './plan-params.ts';

/** Writes a change of the filters to the URL: 'push' for a new view of the data, 'replace' for typing. */
export type UpdatePlanFilters = (patch: Partial<PlanFilters>, mode: 'push' | 'replace') => void;

interface PlanFilterState {
  options: PlanFilterOptions;
  filters: PlanFilters;
  /** The parameters whose values the data does not have (a stale link): dropped, and said so. */
  dropped: readonly string[];
  update: UpdatePlanFilters;
}

/** The choices each filter offers: what the plan's tasks and reports hold, in their display order. */
export function buildPlanFilterOptions(
  tasks: readonly PlanViewTask[],
  reports: readonly PlanViewReport[],
  periods: readonly ReportedPeriod[],
): PlanFilterOptions {
  return {
    // Tasks not linked to a dimension are shown under their own group, not offered as a filter value.
    dimensions: [...new Set(tasks.flatMap((task) => (task.dimension === null ? [] : [task.dimension])))].sort(
      compareDimensionCodes,
    ),
    agencies: [...new Set(tasks.flatMap((task) => splitAgencies(task.executingAgencies)))].sort((a, b) =>
      a.localeCompare(b, 'vi'),
    ),
    units: [...new Set(reports.map((report) => report.unit))].sort((a, b) => a.localeCompare(b, 'vi')),
    periods: periods.map((period) => period.period),
    taskIds: tasks.map((task) => task.taskId),
  };
}

/** The choices each filter offers, the filters the URL asks for (checked against them) and their writer. */
export function usePlanFilters(
  tasks: readonly PlanViewTask[],
  reports: readonly PlanViewReport[],
  periods: readonly ReportedPeriod[],
  { viewParams, setViewParams }: Pick<ViewProps, 'viewParams' | 'setViewParams'>,
): PlanFilterState {
  const options = useMemo(() => buildPlanFilterOptions(tasks, reports, periods), [tasks, reports, periods]);
  const { filters, dropped } = useMemo(
    () => resolvePlanFilters(parsePlanParams(viewParams), options),
    [viewParams, options],
  );
  const update: UpdatePlanFilters = (patch, mode) =>
    setViewParams(serialisePlanParams({ ...filters, ...patch }), mode);
  return { options, filters, dropped, update };
}
