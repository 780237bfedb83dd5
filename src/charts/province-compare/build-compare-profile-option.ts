// The profile dot plot: a row per dimension (the first on top), a dot per entry, x on the shared 1-10 scale.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import { DIMENSION_SCORE_MAX, DIMENSION_SCORE_MIN, roundAsPublished } from '../../domain/papi.ts';
import { formatTick } from '../number.ts';
import { CHART_COLORS } from '../palette.ts';
import { entryColour } from './compare-entries.ts';
import { pointScore, type CompareProfilePoint, type CompareProfileSettings } from './compare-profile-data.ts';
import { describeCompareProfile } from './compare-profile-description.ts';

/** The dimension names' column width: narrower on a phone, where they wrap. */
const nameWidthPx = (widthPx: number): number => (widthPx < 600 ? 110 : 220);

/** The option for the compared profiles; tooltips escape every name. */
export function buildCompareProfileOption(
  rows: readonly CompareProfilePoint[],
  settings: CompareProfileSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const frame = buildDescribedFrame(describeCompareProfile(rows, settings, i18n), settings, i18n);
  const categories = settings.dimensions.map((d) => `${d.code}. ${d.name}`);
  const labelWidth = nameWidthPx(settings.widthPx);
  return {
    ...frame.option,
    legend: { top: frame.topPx + 4, left: 16, textStyle: { color: CHART_COLORS.text } },
    // A phone's legend takes two lines.
    grid: {
      left: labelWidth + 24,
      right: 24,
      top: frame.topPx + (settings.widthPx < 600 ? 72 : 48),
      bottom: frame.bottomPx + 48,
    },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const { seriesIndex = 0, dataIndex = 0 } = params as { seriesIndex?: number; dataIndex?: number };
        const entry = settings.entries[seriesIndex];
        const dimension = settings.dimensions[dataIndex];
        if (entry === undefined || dimension === undefined) return '';
        const score = pointScore(rows, entry.code, dimension.code);
        return `${escapeHtml(`${dimension.code}. ${dimension.name}`)}<br/>${escapeHtml(entry.label)}: ${escapeHtml(
          i18n.formatNumber(score),
        )}`;
      },
    },
    xAxis: {
      type: 'value',
      min: DIMENSION_SCORE_MIN,
      max: DIMENSION_SCORE_MAX,
      interval: 1,
      name: i18n.t('chart.compareProfile.xAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      axisLabel: { color: CHART_COLORS.mutedText, formatter: formatTick(i18n.formatNumber) },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisLabel: {
        width: labelWidth,
        overflow: 'break',
        lineHeight: 14,
        fontSize: 11,
        color: CHART_COLORS.text,
      },
      axisTick: { show: false },
      splitLine: { show: true, lineStyle: { color: CHART_COLORS.gridLine } },
    },
    series: settings.entries.map((entry, index) => ({
      id: `entry-${entry.code}`,
      name: entry.label,
      type: 'scatter',
      symbolSize: 12,
      itemStyle: { color: entryColour(index), borderColor: '#FFFFFF', borderWidth: 1 },
      data: settings.dimensions.map((dimension, row) => {
        const score = pointScore(rows, entry.code, dimension.code);
        return score === undefined ? null : [roundAsPublished(score), row];
      }),
    })),
  };
}
