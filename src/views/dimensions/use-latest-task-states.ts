// The plan view's task states (done on time, overdue …) as of the latest reported period, per task, so
// the Dimensions view lists its indicator's tasks in the same words as the Plan view.
import { useMemo } from 'react';
import { buildPairStates, listReportedPeriods } from '../../domain/task-state-pairs.ts';
import { countStatesBy, type StateCounts } from '../../domain/task-state-summary.ts';
import { usePlanViewLatestPeriod } from '../../queries/plan-view-latest-period.ts';
import { usePlanViewReports } from '../../queries/plan-view-reports.ts';
import { usePlanViewTasks } from '../../queries/plan-view-tasks.ts';

export interface LatestTaskStates {
  /** The period the states are judged at (the latest with reports), or null without reports. */
  period: string | null;
  byTask: ReadonlyMap<string, StateCounts>;
}

/** State counts per task as of the latest reported period; null while loading. */
export function useLatestTaskStates(provinceCode: string): LatestTaskStates | null {
  const tasks = usePlanViewTasks(provinceCode).data;
  const reports = usePlanViewReports(provinceCode).data;
  const latest = usePlanViewLatestPeriod(provinceCode).data;
  return useMemo(() => {
    if (tasks === undefined || reports === undefined || latest === undefined) return null;
    const periods = listReportedPeriods(reports);
    const asOf = periods.find((period) => period.period === latest) ?? periods.at(-1) ?? null;
    const pairs = buildPairStates(tasks, reports, asOf ?? { period: '', periodEnd: '' });
    const byTask = new Map(
      countStatesBy(pairs, (pair) => [pair.taskId]).map((counts) => [counts.key, counts]),
    );
    return { period: asOf?.period ?? null, byTask };
  }, [tasks, reports, latest]);
}
