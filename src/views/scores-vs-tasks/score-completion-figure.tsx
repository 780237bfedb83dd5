import type { ReactNode } from 'react';
import { useId, useMemo } from 'react';
import type { ScoreCompletionRows } from '../../charts/score-completion/score-completion-data.ts';
import { createScoreCompletionSpec } from '../../charts/score-completion/score-completion-spec.ts';
import { withSampleNote } from '../../charts/sample-note.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';
import { clipPanels, planWindow } from './build-panels.ts';
import type { SpanRange } from './range-param.ts';

interface ScoreCompletionFigureProps {
  panels: readonly ScoreCompletionRows[];
  provinceName: string;
  planTargetYear: number | null;
  axis: { from: number; to: number };
  source: string;
  /** Where the completion figures come from; the figure is marked while they are sample. */
  progress: ProgressProvenance | null;
  /** The span shown (from the URL's `range`); 'plan' falls back to every year without a plan. */
  range: SpanRange;
  onSelectRange: (range: SpanRange) => void;
}

function Panel({
  rows,
  settings,
  progress,
}: {
  rows: ScoreCompletionRows;
  settings: Parameters<typeof createScoreCompletionSpec>[1];
  progress: ProgressProvenance | null;
}): ReactNode {
  const { t } = useI18n();
  const spec = useMemo(
    () => withSampleNote(createScoreCompletionSpec(rows, settings), progress, t),
    [rows, settings, progress, t],
  );
  const headingId = `svt-panel-${rows.dimension}`;
  const noTasks = rows.completion !== null && rows.completion.length === 0;
  return (
    <section className="svt-panel" aria-labelledby={headingId} data-testid="svt-panel">
      <h3 id={headingId} className="svt-panel-heading">
        {rows.dimension}. {rows.dimensionName}
      </h3>
      {noTasks ? <p className="svt-panel-note">{t('svt.multiples.noTasks')}</p> : null}
      <Chart spec={spec} />
    </section>
  );
}

/** The eight dimensions' panels: score and task completion on one time axis each, one shared scale. */
export function ScoreCompletionFigure({
  panels,
  provinceName,
  planTargetYear,
  axis,
  source,
  progress,
  range,
  onSelectRange,
}: ScoreCompletionFigureProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const rangeName = useId();
  const planSpan = useMemo(
    () => planWindow({ from: axis.from, to: axis.to }, planTargetYear, panels),
    [axis.from, axis.to, planTargetYear, panels],
  );
  const span = useMemo(
    () => (range === 'plan' && planSpan !== null ? planSpan : { from: axis.from, to: axis.to }),
    [range, planSpan, axis.from, axis.to],
  );
  const shown = useMemo(() => clipPanels(panels, span), [panels, span]);
  const settings = useMemo(
    () => ({
      provinceName,
      planTargetYear,
      axisFromYear: span.from,
      axisToYear: span.to,
      scoreMin: 1,
      scoreMax: 10,
      source,
    }),
    [provinceName, planTargetYear, span, source],
  );
  const periods = shown
    .flatMap((panel) => panel.completion ?? [])
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const shownYears = shown.flatMap((panel) => panel.scores.map((s) => s.year));
  const from = shownYears.length === 0 ? '' : Math.min(...shownYears);
  const to = shownYears.length === 0 ? '' : Math.max(...shownYears);
  // One year is written once ("điểm 2024"), a span with its dash ("điểm 2011–2024").
  const scoreYears = from === to ? String(from) : `${from}–${to}`;
  const first = periods[0];
  const last = periods.at(-1);
  const subtitle =
    planTargetYear === null || first === undefined || last === undefined
      ? t('svt.multiples.subtitle', { province: provinceName, scoreYears })
      : t('svt.multiples.subtitlePlan', {
          province: provinceName,
          scoreYears,
          target: planTargetYear,
          first: i18n.formatPeriod(first.period),
          last: i18n.formatPeriod(last.period),
        });
  return (
    <ChartFigure
      id="svt-multiples-heading"
      heading={t('svt.multiples.heading')}
      subtitle={`${subtitle}. ${t('svt.multiples.breakNote')}`}
      source={source}
      badge={<ProgressSampleBadge provenance={progress} />}
    >
      {planSpan === null ? null : (
        <fieldset className="svt-range" data-testid="svt-range">
          <legend>{t('svt.range.label')}</legend>
          {(['all', 'plan'] as const).map((option) => {
            const bounds = option === 'all' ? axis : planSpan;
            return (
              <label key={option}>
                <input
                  type="radio"
                  name={rangeName}
                  value={option}
                  checked={range === option}
                  onChange={() => onSelectRange(option)}
                />{' '}
                {t(option === 'all' ? 'svt.range.all' : 'svt.range.plan', bounds)}
              </label>
            );
          })}
        </fieldset>
      )}
      <div className="svt-panels">
        {shown.map((rows) => (
          <Panel key={rows.dimension} rows={rows} settings={settings} progress={progress} />
        ))}
      </div>
    </ChartFigure>
  );
}
