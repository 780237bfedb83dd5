import type { ReactNode } from 'react';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useIndicators } from '../../queries/indicators.ts';
import { usePlanViewLatestPeriod } from '../../queries/plan-view-latest-period.ts';
import { usePlanViewReports } from '../../queries/plan-view-reports.ts';
import { usePlanViewTasks } from '../../queries/plan-view-tasks.ts';
import { useProgressProvenance } from '../../queries/progress-provenance.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import type { ViewProps } from '../view-props.ts';
import { PlanContent } from './plan-content.tsx';
import './plan-view.css';

/** Plan ("Kế hoạch"): task states as government tracking counts them, completion, the task table. */
export function PlanView(props: ViewProps): ReactNode {
  const { t } = useI18n();
  const tasks = usePlanViewTasks(props.provinceCode);
  const reports = usePlanViewReports(props.provinceCode);
  const latest = usePlanViewLatestPeriod(props.provinceCode);
  const indicators = useIndicators();
  const progress = useProgressProvenance();

  const state = combineQueryStates(tasks, reports, latest, indicators, progress);
  if (state.error !== null) return <ErrorPanel error={state.error} onRetry={state.retry} />;
  if (
    tasks.data === undefined ||
    reports.data === undefined ||
    latest.data === undefined ||
    indicators.data === undefined ||
    progress.data === undefined
  ) {
    return <LoadingIndicator label={t('status.loading')} />;
  }
  if (tasks.data.length === 0) {
    return (
      <p className="panel" data-testid="plan-none">
        {t('planView.noPlan', { province: props.provinceName })}
      </p>
    );
  }
  return (
    <PlanContent
      {...props}
      tasks={tasks.data}
      reports={reports.data}
      latestPeriod={latest.data}
      indicators={indicators.data}
      progress={progress.data}
    />
  );
}
