import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { Indicator } from '../../domain/types.ts';
import { buildPairStates, listReportedPeriods } from '../../domain/task-state-pairs.ts';
import { findMissingReporters } from '../../domain/task-state-summary.ts';
import { countTasksByState } from '../../domain/task-state-task-counts.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewReport } from '../../queries/plan-view-reports.ts';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { mapDimensionNames } from '../shared/indicator-names.ts';
import type { ViewProps } from '../view-props.ts';
import { CompletionGridTable } from './completion-figure.tsx';
import { buildCompletionGrid } from './completion-grid.ts';
import { MissingReports } from './missing-reports.tsx';
import { PlanBreakdowns } from './plan-breakdowns.tsx';
import { PlanCompletionChart } from './plan-completion-chart.tsx';
import { PlanIntro } from './plan-intro.tsx';
import { PlanTasksFigure } from './plan-tasks-figure.tsx';
import { QuarterlyReportButton } from './quarterly-report-button.tsx';
import { ReportFormsPanel } from './report-forms-panel.tsx';
import { buildPlanSourceLine } from './state-labels.ts';
import { usePlanFilters } from './use-plan-filters.ts';

interface PlanContentProps extends ViewProps {
  tasks: readonly PlanViewTask[];
  reports: readonly PlanViewReport[];
  latestPeriod: string | null;
  indicators: readonly Indicator[];
  progress: ProgressProvenance;
}

/** The Plan view once its data is loaded and the province has a plan: every figure judged at one period. */
export function PlanContent({
  tasks,
  reports,
  latestPeriod,
  indicators,
  progress,
  provinceName,
  ...props
}: PlanContentProps): ReactNode {
  const { t, lang } = useI18n();
  const periods = useMemo(() => listReportedPeriods(reports), [reports]);
  const { options, filters, dropped, update } = usePlanFilters(tasks, reports, periods, props);
  const dimensionNames = useMemo(() => mapDimensionNames(indicators, lang), [indicators, lang]);
  const asOf =
    periods.find((period) => period.period === (filters.period ?? latestPeriod)) ?? periods.at(-1) ?? null;
  const pairs = useMemo(
    () => buildPairStates(tasks, reports, asOf ?? { period: '', periodEnd: '' }),
    [tasks, reports, asOf],
  );
  const grid = useMemo(() => buildCompletionGrid(tasks, reports, periods), [tasks, reports, periods]);
  const missing = useMemo(() => findMissingReporters(pairs), [pairs]);
  const plans = [...new Set(tasks.map((task) => task.plan))];
  const source = buildPlanSourceLine(t, plans, progress);
  const periodLabel = asOf === null ? '—' : formatPeriod(asOf.period, lang);
  const shared = { progress, periodLabel, source };

  return (
    <div className="plan-view" data-testid="plan-view">
      <PlanIntro
        plans={plans}
        provinceName={provinceName}
        periods={periods}
        asOf={asOf}
        latestPeriod={latestPeriod}
        targetYear={tasks.find((task) => task.inCurrentPlan)?.targetYear ?? null}
        filters={filters}
        dropped={dropped}
        update={update}
        counts={countTasksByState(pairs)}
        {...shared}
      />
      <ReportFormsPanel tasks={tasks} reports={reports} progress={progress} />
      <QuarterlyReportButton
        provinceCode={props.provinceCode}
        tasks={tasks}
        reports={reports}
        period={asOf?.period ?? null}
      />
      <ChartFigure
        id="plan-grid-heading"
        heading={t('planView.grid.heading')}
        subtitle={t('planView.grid.subtitle')}
        source={source}
        badge={<ProgressSampleBadge provenance={progress} />}
      >
        <PlanCompletionChart
          provinceCode={props.provinceCode}
          provinceName={provinceName}
          plans={plans}
          dimensionNames={dimensionNames}
          progress={progress}
          source={source}
        />
        <CompletionGridTable
          rows={grid}
          periods={periods}
          dimensionNames={dimensionNames}
          caption={t('planView.grid.heading')}
        />
      </ChartFigure>
      <PlanTasksFigure
        tasks={tasks}
        reports={reports}
        periods={periods}
        pairs={pairs}
        filters={filters}
        options={options}
        update={update}
        dimensionNames={dimensionNames}
        {...shared}
      />
      <ChartFigure
        id="plan-missing-heading"
        heading={t('planView.missing.heading', { period: periodLabel })}
        subtitle={t('planView.missing.subtitle')}
        source={source}
        badge={<ProgressSampleBadge provenance={progress} testId="sample-badge-missing" />}
      >
        <MissingReports groups={missing} dimensionNames={dimensionNames} period={periodLabel} />
      </ChartFigure>
      <PlanBreakdowns
        tasks={tasks}
        pairs={pairs}
        provinceName={provinceName}
        period={asOf?.period ?? null}
        {...shared}
      />
    </div>
  );
}
