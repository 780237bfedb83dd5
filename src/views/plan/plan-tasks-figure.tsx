import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { PairState, ReportedPeriod } from '../../domain/task-state-pairs.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { buildTaskRows, filterTaskRows } from './plan-model.ts';
import type { PlanFilterOptions, PlanFilters } from './plan-params.ts';
import { TaskFilters } from './task-filters.tsx';
import { TaskTable } from './task-table.tsx';
import type { UpdatePlanFilters } from './use-plan-filters.ts';
import '../../components/link-button.css';

interface PlanTasksFigureProps {
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  periods: readonly ReportedPeriod[];
  pairs: readonly PairState[];
  filters: PlanFilters;
  options: PlanFilterOptions;
  update: UpdatePlanFilters;
  dimensionNames: Readonly<Record<string, string>>;
  progress: ProgressProvenance;
  periodLabel: string;
  source: string;
}

/** The task table as of the period, with its filters, the count shown and a way to clear the filters. */
export function PlanTasksFigure({
  tasks,
  pairs,
  filters,
  update,
  dimensionNames,
  periodLabel,
  ...props
}: PlanTasksFigureProps): ReactNode {
  const { t } = useI18n();
  const rows = useMemo(() => buildTaskRows(tasks, pairs), [tasks, pairs]);
  const shownRows = useMemo(() => filterTaskRows(rows, filters), [rows, filters]);
  const filtersActive =
    filters.q !== '' ||
    [filters.dimension, filters.agency, filters.unit, filters.status].some((v) => v !== null);
  return (
    <ChartFigure
      id="plan-tasks-heading"
      heading={t('planView.tasks.heading', { period: periodLabel })}
      subtitle={t('planView.tasks.subtitle')}
      source={props.source}
      badge={<ProgressSampleBadge provenance={props.progress} testId="sample-badge-tasks" />}
    >
      <TaskFilters
        filters={filters}
        options={props.options}
        dimensionNames={dimensionNames}
        onSearch={(q) => update({ q }, 'replace')}
        onFilter={(patch) => update(patch, 'push')}
      />
      <div className="plan-result-line">
        <p className="plan-result-count" role="status" data-testid="plan-result-count">
          {t('planView.tasks.count', { shown: shownRows.length, total: rows.length })}
        </p>
        {filtersActive ? (
          <button
            type="button"
            className="link-button"
            onClick={() => update({ q: '', dimension: null, agency: null, unit: null, status: null }, 'push')}
          >
            {t('planView.filter.clear')}
          </button>
        ) : null}
      </div>
      <TaskTable
        rows={shownRows}
        filters={filters}
        reports={props.reports}
        periods={props.periods}
        dimensionNames={dimensionNames}
        onToggleTask={(task) => update({ task }, 'push')}
      />
    </ChartFigure>
  );
}
