import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import { useValueAfterPaint } from '../shared/use-value-after-paint.ts';
import { ProgressSampleBadge } from '../../components/progress-sample-badge.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { dimensionStandingsSql, useDimensionStandings } from '../../queries/dimension-standings.ts';
import { useBriefingFacts } from '../../queries/briefing-summary.ts';
import { useIndicators } from '../../queries/indicators.ts';
import { usePlanTasks } from '../../queries/plan-tasks.ts';
import { useProvinceYearSummary } from '../../queries/province-year-summary.ts';
import { useTotalTrend } from '../../queries/total-trend.ts';
import { combineQueryStates } from '../shared/combine-query-states.ts';
import { mapDimensionNames } from '../shared/indicator-names.ts';
import { DimensionGapFigure } from './dimension-gap-figure.tsx';
import { DimensionTable } from './dimension-table.tsx';
import { FirstScreenGlance } from './first-screen-glance.tsx';
import { HeadlineCards } from './headline-cards.tsx';
import { LeadershipGlance } from './leadership-glance.tsx';
import { NewProvinceOverview } from './new-province-overview.tsx';
import { describePlanContext } from './plan-context.ts';
import { PlanNote } from './plan-note.tsx';
import { sortDimensionRows } from './sort-dimension-rows.ts';
import { TotalTrendFigure } from './total-trend-figure.tsx';
import { useShownProgress } from './use-shown-progress.ts';
import './overview-view.css';

interface OverviewViewProps {
  provinceCode: string;
  /** null while the province's scored years are loading (or if it has none). */
  year: number | null;
  provinceName: string;
  /** Switches to another year (the plan note offers the plan's target year); omitted, no such button. */
  onSelectYear?: (year: number) => void;
}

/** Overview: headline cards, the dimensions in one stated order (table + gap chart), the total's trend. */
export function OverviewView({ year, ...rest }: OverviewViewProps): ReactNode {
  const { t } = useI18n();
  // A new province (from 2025) without its own scores yet: its predecessors' records, side by side.
  if (year === null) {
    return (
      <NewProvinceOverview
        provinceCode={rest.provinceCode}
        provinceName={rest.provinceName}
        fallback={<LoadingIndicator label={t('status.loading')} />}
      />
    );
  }
  return <OverviewForYear year={year} {...rest} />;
}

function OverviewForYear({
  provinceCode,
  year,
  provinceName,
  onSelectYear,
}: OverviewViewProps & { year: number }): ReactNode {
  const { t, lang } = useI18n();
  const summary = useProvinceYearSummary(provinceCode, year);
  const standings = useDimensionStandings(provinceCode, year);
  const standingsQuery = useMemo(() => dimensionStandingsSql(provinceCode, year), [provinceCode, year]);
  const trend = useTotalTrend(provinceCode);
  const indicators = useIndicators();
  const progress = useShownProgress(standings.data);
  const planTasks = usePlanTasks(provinceCode, null);
  // The glance's facts wait for the first figures (they come from the seed before the engine is live).
  const firstFiguresShown = standings.data !== undefined && trend.data !== undefined;
  const facts = useBriefingFacts(provinceCode, year, firstFiguresShown);
  const planNames = useMemo(
    () => [...new Set((planTasks.data ?? []).map((task) => task.plan))],
    [planTasks.data],
  );
  // The one stated order: the table starts in it, the gap chart keeps it whatever the table is sorted by.
  const defaultOrder = useMemo(() => sortDimensionRows(standings.data ?? []), [standings.data]);
  const dimensionNames = useMemo(
    () => mapDimensionNames(indicators.data ?? [], lang),
    [indicators.data, lang],
  );

  // The first screen's figures get a commit of their own; the sections below come after it is painted.
  const belowShown = useValueAfterPaint(true, false);
  // Without the seed (a visit with kept imports) the answers come one by one: a section is shown once every
  // section above it has its data, so nothing fills in above what is already on screen (a layout shift).
  const glanceSettled = facts.data !== undefined || facts.error !== null;
  // Each section waits for its own data; a failure of any replaces the whole view.
  const { error, retry } = combineQueryStates(summary, standings, trend, indicators);
  if (error !== null) return <ErrorPanel error={error} onRetry={retry} />;

  const plan = describePlanContext(standings.data ?? [], year);

  return (
    <div className="overview" data-first-glance={glanceSettled ? 'settled' : 'pending'}>
      {facts.data === undefined ? null : <FirstScreenGlance facts={facts.data} />}
      {/* A phone's first screen opens with the glance, above the headline: the headline waits for it there. */}
      {glanceSettled ? null : (
        <div className="first-glance-pending">
          <LoadingIndicator label={t('status.loading')} />
        </div>
      )}
      <section
        className="overview-headline"
        aria-label={t('overview.title', { province: provinceName, year })}
      >
        {summary.data === undefined ? (
          <LoadingIndicator label={t('status.loading')} />
        ) : summary.data === null ? (
          <p className="panel">{t('status.noScore', { province: provinceName, year })}</p>
        ) : (
          <HeadlineCards summary={summary.data} />
        )}
      </section>

      {belowShown && summary.data !== undefined ? (
        <>
          <LeadershipGlance
            provinceCode={provinceCode}
            year={year}
            provinceName={provinceName}
            onSelectYear={onSelectYear}
            enabled={firstFiguresShown}
          />

          {!glanceSettled ? null : (
            <>
              {standings.data === undefined || indicators.data === undefined ? (
                <LoadingIndicator label={t('status.loading')} />
              ) : (
                <div className="overview-dimensions">
                  <ChartFigure
                    id="dimension-table-heading"
                    heading={t('overview.dimensionsHeading', { year })}
                    subtitle={t('overview.dimensionsSubtitle')}
                    source={buildSourceLine(t, progress)}
                    badge={<ProgressSampleBadge provenance={progress} />}
                  >
                    <PlanNote
                      plan={plan}
                      provinceName={provinceName}
                      planNames={planNames}
                      onSelectYear={onSelectYear}
                    />
                    <DimensionTable
                      rows={defaultOrder}
                      dimensionNames={dimensionNames}
                      provinceName={provinceName}
                      year={year}
                      plan={plan}
                      progress={progress}
                    />
                  </ChartFigure>
                  <DimensionGapFigure
                    rows={defaultOrder}
                    orderLabel={t('overview.order.chartLabel')}
                    provinceName={provinceName}
                    year={year}
                    dimensionNames={dimensionNames}
                    progress={progress}
                    query={standingsQuery}
                  />
                </div>
              )}

              {trend.data === undefined ? (
                <LoadingIndicator label={t('status.loading')} />
              ) : (
                <TotalTrendFigure
                  points={trend.data}
                  provinceCode={provinceCode}
                  provinceName={provinceName}
                />
              )}
            </>
          )}
        </>
      ) : null}
    </div>
  );
}
