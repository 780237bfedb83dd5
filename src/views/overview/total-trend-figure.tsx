import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createTotalTrendSpec } from '../../charts/total-trend/total-trend-spec.ts';
import { describeTrendBreaks } from '../../charts/total-trend/trend-description.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import type { TotalTrendPoint } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { totalTrendSql } from '../../queries/total-trend.ts';
import { usePredecessorTrendLines } from './use-predecessor-trend-lines.ts';

interface TotalTrendFigureProps {
  points: readonly TotalTrendPoint[];
  provinceCode: string;
  provinceName: string;
}

/** The total's trend, broken where the rows say years are not comparable, over the group bands. */
export function TotalTrendFigure({ points, provinceCode, provinceName }: TotalTrendFigureProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const source = t('chart.source');
  // A new province (from 2025) shows each predecessor as its own line before its own first year.
  const { predecessors, predecessorNote } = usePredecessorTrendLines(provinceCode, provinceName);
  const spec = useMemo(
    () => ({
      ...createTotalTrendSpec(points, {
        provinceName,
        source,
        ...(predecessors === undefined || predecessors.length === 0 ? {} : { predecessors, predecessorNote }),
      }),
      query: totalTrendSql(provinceCode),
    }),
    [points, provinceCode, provinceName, source, predecessors, predecessorNote],
  );
  return (
    <ChartFigure
      id="total-trend-heading"
      heading={t('overview.trendHeading')}
      subtitle={describeTrendBreaks(points, i18n)}
      source={source}
    >
      <Chart spec={spec} />
    </ChartFigure>
  );
}
