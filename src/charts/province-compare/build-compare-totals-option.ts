// The totals over the years: one line per entry, drawn as separate segments (same colour and legend name)
// wherever its series breaks, so a line is never joined across a change of definition.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { formatTick } from '../number.ts';
import { CHART_COLORS } from '../palette.ts';
import { entryColour } from './compare-entries.ts';
import {
  axisYears,
  totalSegments,
  type CompareTotalPoint,
  type CompareTotalsSettings,
} from './compare-totals-data.ts';
import { describeCompareTotals } from './compare-totals-description.ts';

/** The option for the compared totals; tooltips escape every name. */
export function buildCompareTotalsOption(
  rows: readonly CompareTotalPoint[],
  settings: CompareTotalsSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const frame = buildDescribedFrame(describeCompareTotals(rows, settings, i18n), settings, i18n);
  const years = axisYears(rows);
  const series = settings.entries.flatMap((entry, index) =>
    totalSegments(rows, entry.code).map((segment, part) => ({
      id: `entry-${entry.code}-${part}`,
      name: entry.label,
      type: 'line',
      connectNulls: false,
      showSymbol: true,
      symbolSize: 6,
      color: entryColour(index),
      lineStyle: { width: 2, color: entryColour(index) },
      data: years.map((year) => {
        const point = segment.find((p) => p.year === year);
        return point === undefined ? null : roundAsPublished(point.total);
      }),
    })),
  );
  return {
    ...frame.option,
    legend: { top: frame.topPx + 4, left: 16, textStyle: { color: CHART_COLORS.text } },
    // Below the legend (two lines on a phone) and the y-axis name.
    grid: {
      left: 56,
      right: 24,
      top: frame.topPx + (settings.widthPx < 600 ? 96 : 72),
      bottom: frame.bottomPx + 36,
    },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const year = years[first?.dataIndex ?? -1];
        if (year === undefined) return '';
        const lines = settings.entries.flatMap((entry) => {
          const point = rows.find((row) => row.entryCode === entry.code && row.year === year);
          return point === undefined
            ? []
            : [`${escapeHtml(entry.label)}: ${escapeHtml(i18n.formatNumber(point.total))}`];
        });
        return [escapeHtml(year), ...lines].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      axisLabel: { color: CHART_COLORS.mutedText },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: i18n.t('chart.compareTotals.yAxis'),
      nameTextStyle: { align: 'left', color: CHART_COLORS.mutedText },
      // A close race gives ticks like 37.5: written in the UI's number format.
      axisLabel: { color: CHART_COLORS.mutedText, formatter: formatTick(i18n.formatNumber) },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
    series,
  };
}
