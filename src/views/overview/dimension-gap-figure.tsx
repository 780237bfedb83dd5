import type { ReactNode } from 'react';
import { useMemo } from 'react';
import { buildSourceLine } from '../../charts/build-source-line.ts';
import type { ChartQuery } from '../../charts/chart-spec.ts';
import { createDimensionGapSpec } from '../../charts/dimension-gap/dimension-gap-spec.ts';
import { withSampleNote } from '../../charts/sample-note.ts';
import { Chart } from '../../components/chart.tsx';
import { ChartFigure } from '../../components/chart-figure.tsx';
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import type { ProgressProvenance } from '../../queries/progress-provenance.ts';

interface DimensionGapFigureProps {
  /** Drawn top to bottom in this order; the chart never re-sorts. */
  rows: readonly DimensionStanding[];
  provinceName: string;
  year: number;
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  /** Where the completion rates in the tooltips come from; null when there are none. */
  progress: ProgressProvenance | null;
  /** The order of `rows` in words, stated in the subtitle; defaults to the Overview's order (worst rank on top). */
  orderLabel?: string;
  /** The SQL behind the rows, offered as "Xem truy vấn"; omitted, no such item. */
  query?: ChartQuery;
}

/** Each dimension's gap to the national median, in the order of the rows given. */
export function DimensionGapFigure({
  rows,
  provinceName,
  year,
  dimensionNames,
  progress,
  orderLabel,
  query,
}: DimensionGapFigureProps): ReactNode {
  const { t } = useI18n();
  // The tooltips carry the completion rate, so the source names where it comes from (and a tooltip marks an
  // illustrative rate). The bars are official scores: no "Dữ liệu minh họa" badge on the figure or its export
  // (charts/sample-note.ts), which made leaders read the scores themselves as made up.
  const source = buildSourceLine(t, progress);
  const order = orderLabel ?? t('chart.gap.order.rank');
  const spec = useMemo(
    () =>
      withSampleNote(
        {
          ...createDimensionGapSpec(rows, { provinceName, year, dimensionNames, orderLabel: order, source }),
          ...(query === undefined ? {} : { query }),
        },
        progress,
        t,
      ),
    [rows, provinceName, year, dimensionNames, order, source, query, progress, t],
  );
  return (
    <ChartFigure
      id="dimension-gap-heading"
      heading={t('overview.gapHeading')}
      subtitle={t('chart.gap.subtitle', { order })}
      source={source}
    >
      <Chart spec={spec} />
    </ChartFigure>
  );
}
