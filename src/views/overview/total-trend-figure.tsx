import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { buildTotalTrendOption } from '../../charts/build-total-trend-option.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import type { TotalTrendPoint } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

const TREND_HEIGHT_PX = 480;

/** The total's trend with the 2018 break and the group bands, titled and sourced. */
export function TotalTrendFigure({
  points,
  provinceName,
}: {
  points: readonly TotalTrendPoint[];
  provinceName: string;
}): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  // On screen the figure's HTML carries title, subtitle and source: the canvas draws only the plot.
  const buildOption = useCallback(
    (widthPx: number) => buildTotalTrendOption(points, { provinceName, caption: 'none', widthPx }, i18n),
    [points, provinceName, i18n],
  );
  const years = points.map((p) => p.year);
  const title = t('chart.trend.title', {
    province: provinceName,
    from: years.length === 0 ? '' : Math.min(...years),
    to: years.length === 0 ? '' : Math.max(...years),
  });
  return (
    <ChartFigure
      id="total-trend-heading"
      heading={t('overview.trendHeading')}
      subtitle={t('chart.trend.subtitle')}
      source={t('chart.source')}
    >
      <Chart buildOption={buildOption} title={title} heightPx={TREND_HEIGHT_PX} testId="chart-total-trend" />
    </ChartFigure>
  );
}
