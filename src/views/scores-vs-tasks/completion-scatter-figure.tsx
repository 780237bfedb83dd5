import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import { createCompletionScatterSpec } from '../../charts/completion-scatter/completion-scatter-spec.ts';
import { describeOmitted } from '../../charts/completion-scatter/scatter-description.ts';
import type { ScatterRow } from '../../charts/completion-scatter/scatter-rows.ts';
import { withSampleNote } from '../../charts/sample-note.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import { isAfterSurvey } from '../../domain/survey-cutoff.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import type { ReportPeriod } from './period-param.ts';

interface CompletionScatterFigureProps {
  rows: readonly ScatterRow[];
  provinceName: string;
  planTargetYear: number;
  period: string;
  periods: readonly ReportPeriod[];
  /** The raw `period` parameter when it named no present period. */
  invalidPeriod: string | null;
  onSelectPeriod: (period: string) => void;
  source: string;
  /** Where the completion figures come from; the figure is marked while they are sample. */
  progress: ProgressProvenance | null;
}

/** Completion against score change, one point per dimension, with the period to read completion at. */
export function CompletionScatterFigure({
  rows,
  provinceName,
  planTargetYear,
  period,
  periods,
  invalidPeriod,
  onSelectPeriod,
  source,
  progress,
}: CompletionScatterFigureProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const selectId = useId();
  const afterSurvey = periods.some((p) => p.period === period && isAfterSurvey(p.periodEnd, planTargetYear));
  const spec = useMemo(
    () =>
      withSampleNote(
        createCompletionScatterSpec(rows, { provinceName, planTargetYear, period, afterSurvey, source }),
        progress,
        t,
      ),
    [rows, provinceName, planTargetYear, period, afterSurvey, source, progress, t],
  );
  const description = spec.describe(spec.rows, spec.settings, i18n);
  const omitted = describeOmitted(rows, i18n);
  return (
    <ChartFigure
      id="svt-scatter-heading"
      heading={t('svt.scatter.heading')}
      subtitle={description.subtitle}
      source={source}
      badge={<ProgressSampleBadge provenance={progress} testId="svt-scatter-sample-badge" />}
    >
      <div className="svt-scatter-controls">
        <label htmlFor={selectId}>{t('svt.scatter.period')}</label>
        <select
          id={selectId}
          data-testid="svt-period"
          value={period}
          onChange={(event) => onSelectPeriod(event.target.value)}
        >
          {periods.map((p) => (
            <option key={p.period} value={p.period}>
              {isAfterSurvey(p.periodEnd, planTargetYear)
                ? `${i18n.formatPeriod(p.period)} (${t('svt.scatter.afterSurvey')})`
                : i18n.formatPeriod(p.period)}
            </option>
          ))}
        </select>
      </div>
      {invalidPeriod !== null ? (
        <p className="svt-note" role="status">
          {t('svt.scatter.periodInvalid', { period: invalidPeriod })}
        </p>
      ) : null}
      <p className="svt-note" data-testid="svt-cutoff">
        {t('svt.scatter.cutoff', { target: planTargetYear })}
      </p>
      <p className="svt-note">
        {t('svt.scatter.split')}
        {omitted === '' ? '' : ` ${omitted}`}
      </p>
      <Chart spec={spec} />
    </ChartFigure>
  );
}
