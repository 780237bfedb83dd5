import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { PairState } from '../../domain/task-state-pairs.ts';
import { countStatesBy } from '../../domain/task-state-summary.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { PlanViewTask } from '../../queries/plan-view-tasks.ts';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { createAgencyStatesSpec } from '../../charts/plan-agency-states/agency-states-spec.ts';
import { withSampleNote } from '../../charts/sample-note.ts';
import { Chart } from '../../components/chart.tsx';
import { countStatesByAgency } from './agency-state-counts.ts';
import { BreakdownTable } from './breakdown-table.tsx';

interface PlanBreakdownsProps {
  tasks: readonly PlanViewTask[];
  pairs: readonly PairState[];
  progress: ProgressProvenance;
  provinceName: string;
  /** The period the pairs are judged at; null when there is no report yet. */
  period: string | null;
  periodLabel: string;
  source: string;
}

/** The pairs' states per executing agency and per reporting unit, side by side. */
export function PlanBreakdowns({
  tasks,
  pairs,
  progress,
  provinceName,
  period,
  periodLabel,
  source,
}: PlanBreakdownsProps): ReactNode {
  const { t } = useI18n();
  const byAgency = useMemo(() => countStatesByAgency(tasks, pairs), [tasks, pairs]);
  // The four deadline states by agency as a chart (export menu, its own table), above the table.
  const agencySpec = useMemo(
    () =>
      period === null
        ? null
        : withSampleNote(createAgencyStatesSpec(byAgency, { provinceName, period, source }), progress, t),
    [byAgency, provinceName, period, source, progress, t],
  );
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
        {agencySpec === null ? null : <Chart spec={agencySpec} />}
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
