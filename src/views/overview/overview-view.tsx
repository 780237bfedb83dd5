import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { ErrorPanel } from '../../components/error-panel.tsx';
import { LoadingIndicator } from '../../components/loading-indicator.tsx';
import { SampleBadge } from '../../components/sample-badge.tsx';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { useDimensionStandings } from '../../queries/dimension-standings.ts';
import { useIndicators } from '../../queries/indicators.ts';
import { useProvinceYearSummary } from '../../queries/province-year-summary.ts';
import { useTotalTrend } from '../../queries/total-trend.ts';
import { DimensionGapFigure } from './dimension-gap-figure.tsx';
import { mapDimensionNames } from './dimension-names.ts';
import { DimensionTable } from './dimension-table.tsx';
import { HeadlineCards } from './headline-cards.tsx';
import { TotalTrendFigure } from './total-trend-figure.tsx';
import { useProgressProvenance } from './use-progress-provenance.ts';

interface OverviewViewProps {
  provinceCode: string;
  /** null while the province's scored years are loading (or if it has none). */
  year: number | null;
  provinceName: string;
}

/** Overview: headline cards, the dimensions weakest first (table + gap chart), the total's trend. */
export function OverviewView({ provinceCode, year, provinceName }: OverviewViewProps): ReactNode {
  const { t } = useI18n();
  if (year === null) return <LoadingIndicator label={t('status.loading')} />;
  return <OverviewForYear provinceCode={provinceCode} year={year} provinceName={provinceName} />;
}

function OverviewForYear({
  provinceCode,
  year,
  provinceName,
}: OverviewViewProps & { year: number }): ReactNode {
  const { t, lang } = useI18n();
  const summary = useProvinceYearSummary(provinceCode, year);
  const standings = useDimensionStandings(provinceCode, year);
  const trend = useTotalTrend(provinceCode);
  const indicators = useIndicators();
  const progress = useProgressProvenance(standings.data);
  const dimensionNames = useMemo(
    () => mapDimensionNames(indicators.data ?? [], lang),
    [indicators.data, lang],
  );

  const firstError = summary.error ?? standings.error ?? trend.error ?? indicators.error;
  if (firstError !== null) {
    const retry = (): void => {
      void summary.refetch();
      void standings.refetch();
      void trend.refetch();
      void indicators.refetch();
    };
    return <ErrorPanel error={firstError} onRetry={retry} />;
  }

  const progressIsSample = progress?.isSample ?? false;

  return (
    <div className="overview">
      <section aria-label={t('overview.title', { province: provinceName, year })}>
        {summary.data === undefined ? (
          <LoadingIndicator label={t('status.loading')} />
        ) : summary.data === null ? (
          <p className="panel">{t('status.noScore', { province: provinceName, year })}</p>
        ) : (
          <HeadlineCards summary={summary.data} />
        )}
      </section>

      {standings.data === undefined || indicators.data === undefined ? (
        <LoadingIndicator label={t('status.loading')} />
      ) : (
        <div className="overview-dimensions">
          <ChartFigure
            id="dimension-table-heading"
            heading={t('overview.dimensionsHeading')}
            subtitle={t('overview.dimensionsSubtitle', { year })}
            source={buildSourceLine(t, progress)}
            badge={progressIsSample ? <SampleBadge /> : undefined}
          >
            <DimensionTable
              rows={standings.data}
              dimensionNames={dimensionNames}
              caption={t('table.caption', { province: provinceName, year })}
              progressIsSample={progressIsSample}
            />
          </ChartFigure>
          <DimensionGapFigure
            rows={standings.data}
            provinceName={provinceName}
            year={year}
            dimensionNames={dimensionNames}
            progress={progress}
          />
        </div>
      )}

      {trend.data === undefined ? (
        <LoadingIndicator label={t('status.loading')} />
      ) : (
        <TotalTrendFigure points={trend.data} provinceName={provinceName} />
      )}
    </div>
  );
}
