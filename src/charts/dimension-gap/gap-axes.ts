// The gap chart's axes: signed points across, the dimensions down in the order of the rows (first on top).
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS } from '../palette.ts';
import type { GapLayout } from './gap-layout.ts';

const isOnHalf = (value: number): boolean => Number.isInteger(value * 2);

/** The value axis (always through zero) and the category axis listing `categories` top to bottom. */
export function buildGapAxes(categories: readonly string[], layout: GapLayout, i18n: I18n) {
  return {
    xAxis: {
      type: 'value',
      min: layout.axisMin,
      max: layout.axisMax,
      splitNumber: layout.isNarrow ? 3 : 5,
      name: i18n.t('chart.gap.xAxis'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: CHART_COLORS.mutedText },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: {
        color: CHART_COLORS.text,
        formatter: (value: number) => i18n.formatSignedNumber(value, 1),
        // A narrow axis may end on a quarter point between ticks: no label there ("+0,8" would misread).
        showMinLabel: isOnHalf(layout.axisMin),
        showMaxLabel: isOnHalf(layout.axisMax),
      },
    },
    yAxis: {
      type: 'category',
      // The first row on top: the chart follows the order it is given and never sorts.
      inverse: true,
      data: [...categories],
      axisTick: { show: false },
      axisLine: { onZero: false, lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: {
        color: CHART_COLORS.text,
        width: layout.nameWidthPx,
        fontSize: layout.fontPx,
        overflow: 'break',
        lineHeight: 14,
      },
    },
  } as const;
}
