// The gap bars: one series per side of the median (its own colour and legend entry), a rule at zero.
import type { BarSeriesOption } from 'echarts/charts';
import type { DimensionStanding } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { CHART_COLORS } from '../palette.ts';
import type { GapLayout } from './gap-layout.ts';

/** Series ids: one series per side of the median so each gets its colour and legend entry. */
export const DIMENSION_GAP_SERIES = { below: 'gap-below', above: 'gap-above' } as const;

type Side = keyof typeof DIMENSION_GAP_SERIES;

/** "3,42 (−0,96)": the score and its signed gap. */
export function formatGapLabel(row: DimensionStanding, i18n: I18n): string {
  return `${i18n.formatNumber(row.score)} (${i18n.formatSignedNumber(row.gapToMedian)})`;
}

/**
 * Where a bar's value label goes. Wide: at the bar's end. Narrow: on the other side of zero, inside the plot,
 * so it never runs into the dimension names left of the plot.
 */
export function gapLabelPosition(isBelow: boolean, layout: GapLayout): 'left' | 'right' {
  if (layout.isNarrow) return isBelow ? 'right' : 'left';
  return isBelow ? 'left' : 'right';
}

function buildSide(
  side: Side,
  rows: readonly DimensionStanding[],
  layout: GapLayout,
  i18n: I18n,
): BarSeriesOption {
  return {
    id: DIMENSION_GAP_SERIES[side],
    name: i18n.t(side === 'below' ? 'chart.gap.below' : 'chart.gap.above'),
    type: 'bar',
    stack: 'gap',
    barMaxWidth: 26,
    itemStyle: { color: side === 'below' ? CHART_COLORS.belowMedian : CHART_COLORS.aboveMedian },
    data: rows.map((row) => {
      const isBelow = row.gapToMedian < 0;
      if (isBelow !== (side === 'below')) return null;
      return {
        value: roundAsPublished(row.gapToMedian),
        label: {
          show: true,
          position: gapLabelPosition(isBelow, layout),
          formatter: formatGapLabel(row, i18n),
          color: CHART_COLORS.text,
          fontSize: layout.fontPx,
        },
      };
    }),
  };
}

/** Both sides' bars, in the order of `rows`; the first carries the rule at zero. */
export function buildGapSeries(
  rows: readonly DimensionStanding[],
  layout: GapLayout,
  i18n: I18n,
): BarSeriesOption[] {
  return [
    {
      ...buildSide('below', rows, layout, i18n),
      markLine: {
        silent: true,
        symbol: 'none',
        label: { show: false },
        lineStyle: { color: CHART_COLORS.axis, type: 'solid', width: 1 },
        data: [{ xAxis: 0 }],
      },
    },
    buildSide('above', rows, layout, i18n),
  ];
}
