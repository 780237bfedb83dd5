import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { PairState } from '../../domain/task-state-pairs.ts';
import { splitAgencies } from '../../ingest/plan-document/agencies.ts';
import { countStatesBy } from '../../domain/task-state-summary.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { BreakdownTable } from './breakdown-table.tsx';

interface PlanBreakdownsProps {
  tasks: readonly PlanViewTask[];
  pairs: readonly PairState[];
  progress: ProgressProvenance;
  periodLabel: string;
  source: string;
}

/** The pairs' states per executing agency and per reporting unit, side by side. */
export function PlanBreakdowns({
  tasks,
  pairs,
  progress,
  periodLabel,
  source,
}: PlanBreakdownsProps): ReactNode {
  const { t } = useI18n();
  const byAgency = useMemo(() => {
    const agenciesOf = new Map(tasks.map((task) => [task.taskId, splitAgencies(task.executingAgencies)]));
    return countStatesBy(pairs, (pair) => agenciesOf.get(pair.taskId) ?? []);
  }, [tasks, pairs]);
  const byUnit = useMemo(
    () => countStatesBy(pairs, (pair) => (pair.unit === null ? [] : [pair.unit])),
    [pairs],
  );
  return (
    <div className="plan-side-by-side">
      <ChartFigure
        id="plan-agency-heading"
        heading={t('planView.agency.heading', { period: periodLabel })}
        subtitle={t('planView.agency.subtitle')}
        source={source}
        badge={<ProgressSampleBadge provenance={progress} testId="sample-badge-agency" />}
      >
        <BreakdownTable
          rows={byAgency}
          keyLabel={t('planView.agency.key')}
          caption={t('planView.agency.heading', { period: periodLabel })}
          testId="plan-by-agency"
        />
      </ChartFigure>
      <ChartFigure
        id="plan-unit-heading"
        heading={t('planView.unit.heading', { period: periodLabel })}
        subtitle={t('planView.unit.subtitle')}
        source={source}
        badge={<ProgressSampleBadge provenance={progress} testId="sample-badge-unit" />}
      >
        <BreakdownTable
          rows={byUnit}
          keyLabel={t('planView.unit.key')}
          caption={t('planView.unit.heading', { period: periodLabel })}
          testId="plan-by-unit"
        />
      </ChartFigure>
    </div>
  );
}
