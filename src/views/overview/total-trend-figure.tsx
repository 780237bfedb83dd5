import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { createTotalTrendSpec } from '../../charts/total-trend/total-trend-spec.ts';
import { describeTrendBreaks } from '../../charts/total-trend/trend-description.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import type { TotalTrendPoint } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';

interface TotalTrendFigureProps {
  points: readonly TotalTrendPoint[];
  provinceName: string;
}

/** The total's trend, broken where the rows say years are not comparable, over the group bands. */
export function TotalTrendFigure({ points, provinceName }: TotalTrendFigureProps): ReactNode {
  const i18n = useI18n();
  const { t } = i18n;
  const source = t('chart.source');
  const spec = useMemo(
    () => createTotalTrendSpec(points, { provinceName, source }),
    [points, provinceName, source],
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
