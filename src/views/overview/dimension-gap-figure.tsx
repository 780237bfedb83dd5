import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { buildDimensionGapOption } from '../../charts/build-dimension-gap-option.ts';
import type { ProgressProvenance } from '../../charts/build-source-line.ts';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import { SampleBadge } from '../../components/sample-badge.tsx';
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

/** Taller on a phone, where dimension names wrap to two or three lines. */
const gapHeightPx = (widthPx: number): number => (widthPx < 560 ? 640 : 480);

interface DimensionGapFigureProps {
  rows: readonly DimensionStanding[];
  provinceName: string;
  year: number;
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  /** Where the completion rates in the tooltips come from; null when there are none. */
  progress: ProgressProvenance | null;
}

/** Each dimension's gap to the national median, weakest first. */
export function DimensionGapFigure({
  rows,
  provinceName,
  year,
  dimensionNames,
  progress,
}: DimensionGapFigureProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  // The tooltips carry the completion rate, so the source names where it comes from and the figure is
  // marked while that rate is illustrative.
  const source = buildSourceLine(t, progress);
  // On screen the figure's HTML carries title, subtitle and source: the canvas draws only the plot.
  const buildOption = useCallback(
    (widthPx: number) =>
      buildDimensionGapOption(
        rows,
        { provinceName, year, dimensionNames, caption: 'none', source, widthPx },
        i18n,
      ),
    [rows, provinceName, year, dimensionNames, source, i18n],
  );
  return (
    <ChartFigure
      id="dimension-gap-heading"
      heading={t('overview.gapHeading')}
      subtitle={t('chart.gap.subtitle')}
      source={source}
      badge={progress?.isSample === true ? <SampleBadge /> : undefined}
    >
      <Chart
        buildOption={buildOption}
        title={t('chart.gap.title', { province: provinceName, year })}
        heightPx={gapHeightPx}
        testId="chart-dimension-gap"
      />
    </ChartFigure>
  );
}
