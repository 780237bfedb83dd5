import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import { buildScatterRows } from '../../charts/completion-scatter/scatter-rows.ts';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useIndicators } from '../../queries/indicators.ts';
import { useProgressProvenance } from '../../queries/progress-provenance.ts';
import { useDimensionCompletion } from '../../queries/scores-vs-tasks-completion.ts';
import { useDimensionScores } from '../../queries/scores-vs-tasks-scores.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import { listDimensionNames } from '../shared/indicator-names.ts';
import { usePanelTargets, withTargets } from '../shared/use-panel-targets.ts';
import type { ViewProps } from '../view-props.ts';
import { axisYears, buildPanels } from './build-panels.ts';
import { CompletionScatterFigure } from './completion-scatter-figure.tsx';
import { listReportPeriods, periodParams, resolvePeriodParam } from './period-param.ts';
import { rangeParams, resolveRangeParam } from './range-param.ts';
import { ScoreCompletionFigure } from './score-completion-figure.tsx';
import './scores-vs-tasks.css';

/** Scores vs tasks: each dimension's score next to its tasks' completion over time, and a co-movement scatter. */
export function ScoresVsTasksView({
  provinceCode,
  provinceName,
  year,
  viewParams,
  setViewParams,
}: ViewProps): ReactNode {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const scores = useDimensionScores(provinceCode);
  const completion = useDimensionCompletion(provinceCode, year);
  const targets = usePanelTargets(provinceCode, year);
  const indicators = useIndicators();
  const provenance = useProgressProvenance();

  const dimensions = useMemo(() => listDimensionNames(indicators.data ?? [], lang), [indicators.data, lang]);
  const periods = useMemo(() => listReportPeriods(completion.data?.points ?? []), [completion.data]);

  const panels = useMemo(
    () =>
      scores.data === undefined || completion.data === undefined
        ? []
        : withTargets(buildPanels(dimensions, scores.data, completion.data), targets),
    [dimensions, scores.data, completion.data, targets],
  );
  const targetYear = completion.data?.planTargetYear ?? null;
  const resolved = resolvePeriodParam(viewParams['period'], periods, targetYear);
  const scatterRows = useMemo(
    () =>
      scores.data === undefined ||
      completion.data === undefined ||
      targetYear === null ||
      resolved.period === null
        ? []
        : buildScatterRows(dimensions, scores.data, completion.data.points, resolved.period, targetYear),
    [dimensions, scores.data, completion.data, targetYear, resolved.period],
  );

  const state = combineQueryStates(scores, completion, indicators, provenance);
  if (state.error !== null) return <ErrorPanel error={state.error} onRetry={state.retry} />;
  if (state.loading || scores.data === undefined || completion.data === undefined) {
    return <LoadingIndicator label={t('status.loading')} />;
  }

  const showsProgress = targetYear !== null && periods.length > 0;
  const progress = showsProgress ? (provenance.data ?? null) : null;
  const source = buildSourceLine(t, progress);
  const axis = axisYears(scores.data, completion.data);
  const range = resolveRangeParam(viewParams['range'], targetYear !== null);
  const rangeParam = (next: typeof range) => rangeParams(next, targetYear !== null);
  const periodParam = resolved.period === null ? {} : periodParams(resolved.period, periods, targetYear);

  return (
    <div className="svt" data-testid="scores-vs-tasks">
      <section className="svt-intro" aria-label={t('svt.title', { province: provinceName })}>
        <p className="svt-caution" data-testid="svt-caution">
          {t('svt.caution')}
        </p>
        {progress?.isSample === true ? (
          <p className="svt-note" data-testid="svt-sample-note">
            <ProgressSampleBadge provenance={progress} testId="svt-intro-sample-badge" />{' '}
            {t('svt.sampleNote')}
          </p>
        ) : null}
        {targetYear === null ? (
          <p className="svt-note" data-testid="svt-no-plan">
            {t('svt.noPlan', { province: provinceName })}
          </p>
        ) : null}
        <p className="svt-note">
          {t('svt.placement')}
          {targetYear === null ? '' : ` ${t('svt.placementPlan')}`}
        </p>
      </section>
      {axis === null ? null : (
        <ScoreCompletionFigure
          panels={panels}
          provinceName={provinceName}
          planTargetYear={targetYear}
          axis={axis}
          source={source}
          progress={progress}
          range={range}
          onSelectRange={(next) => setViewParams({ ...periodParam, ...rangeParam(next) }, 'push')}
        />
      )}
      {showsProgress && resolved.period !== null ? (
        <CompletionScatterFigure
          rows={scatterRows}
          provinceName={provinceName}
          planTargetYear={targetYear}
          period={resolved.period}
          periods={periods}
          invalidPeriod={resolved.invalid}
          onSelectPeriod={(period) =>
            setViewParams({ ...periodParams(period, periods, targetYear), ...rangeParam(range) }, 'push')
          }
          source={source}
          progress={progress}
        />
      ) : null}
    </div>
  );
}
