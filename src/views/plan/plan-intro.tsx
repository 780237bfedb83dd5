import type { ReactNode } from 'react';
import { useId } from 'react';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import type { ReportedPeriod } from '../../domain/task-state-pairs.ts';
import type { TaskStateCounts } from '../../domain/task-state-task-counts.ts';
import { formatPeriod } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import type { PlanFilters } from './plan-params.ts';
import { PlanStateCounts } from './plan-state-counts.tsx';
import { formatIsoDate } from './state-labels.ts';
import type { UpdatePlanFilters } from './use-plan-filters.ts';
import '../../components/figure.css';

interface PeriodSelectProps {
  periods: readonly ReportedPeriod[];
  asOf: ReportedPeriod | null;
  latestPeriod: string | null;
  onChange: (period: string) => void;
}

/** The period the view judges the tasks at; the latest reported one says so. */
function PeriodSelect({ periods, asOf, latestPeriod, onChange }: PeriodSelectProps): ReactNode {
  const { t, lang } = useI18n();
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {t('planView.period')}
      </label>
      <select
        id={id}
        className="select"
        value={asOf?.period ?? ''}
        data-testid="plan-period"
        onChange={(event) => onChange(event.target.value)}
      >
        {periods.map((period) => (
          <option key={period.period} value={period.period}>
            {formatPeriod(period.period, lang)}
            {period.period === latestPeriod ? ` (${t('planView.latest')})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

interface PlanIntroProps {
  plans: readonly string[];
  provinceName: string;
  periods: readonly ReportedPeriod[];
  asOf: ReportedPeriod | null;
  latestPeriod: string | null;
  targetYear: number | null;
  filters: PlanFilters;
  dropped: readonly string[];
  update: UpdatePlanFilters;
  counts: TaskStateCounts;
  progress: ProgressProvenance;
  periodLabel: string;
  source: string;
}

/** The plan's heading, the period chosen, the rule the states follow and the tasks and pairs per state. */
export function PlanIntro(props: PlanIntroProps): ReactNode {
  const { t } = useI18n();
  const { plans, provinceName, asOf, dropped, update, periodLabel } = props;
  const asOfDate = asOf === null ? '—' : formatIsoDate(asOf.periodEnd);
  return (
    <section className="plan-intro" aria-labelledby="plan-intro-heading">
      <h2 id="plan-intro-heading" className="figure-heading">
        {t('planView.heading', { plan: plans.join(', '), province: provinceName })}
      </h2>
      <div className="plan-controls">
        <PeriodSelect
          periods={props.periods}
          asOf={asOf}
          latestPeriod={props.latestPeriod}
          onChange={(period) => update({ period }, 'push')}
        />
        <ProgressSampleBadge provenance={props.progress} testId="sample-badge-intro" />
      </div>
      {dropped.length > 0 ? (
        <p className="panel" role="status">
          {t('planView.dropped', { names: dropped.join(', ') })}
        </p>
      ) : null}
      <p className="plan-rule" data-testid="plan-rule">
        {t('planView.rule.asOf', { period: periodLabel, date: asOfDate })}{' '}
        {t('planView.rule.deadline', { target: props.targetYear ?? '—' })} {t('planView.rule.states')}
      </p>
      {asOf === null ? <p className="panel">{t('planView.noReports')}</p> : null}
      <PlanStateCounts
        counts={props.counts}
        status={props.filters.status}
        onStatus={(status) => update({ status }, 'push')}
        periodLabel={periodLabel}
      />
      <p className="figure-source">{props.source}</p>
    </section>
  );
}
