// Each dimension's gap to the national median as horizontal bars, weakest first (the order of the rows).
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { BarSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { DimensionStanding, IndicatorCode } from '../domain/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { ChartCaption } from './chart-text.ts';
import { buildCaptionBlock, CHART_FONT_FAMILY, DEFAULT_CHART_WIDTH_PX } from './chart-text.ts';
import { escapeHtml } from './escape-html.ts';
import { CHART_COLORS } from './palette.ts';

export interface DimensionGapSettings {
  provinceName: string;
  year: number;
  /** Display name of each dimension code, in the chart's language. */
  dimensionNames: Readonly<Record<IndicatorCode, string>>;
  /** 'embedded' draws title, subtitle and source in the chart (exports); 'none' leaves them to the page. */
  caption: ChartCaption;
  /** The source line when embedded; defaults to the PAPI source alone. */
  source?: string;
  widthPx?: number;
}

/** Series ids: one series per side of the median so each gets its colour and legend entry. */
export const DIMENSION_GAP_SERIES = { below: 'gap-below', above: 'gap-above' } as const;

/** Dimension names take about a third of the width, within these bounds. */
const AXIS_LABEL_MAX_WIDTH_PX = 210;
const AXIS_LABEL_MIN_WIDTH_PX = 96;
/** Extra room beyond the longest bar for its value label (more on a narrow chart, where labels are relatively wide). */
const LABEL_ROOM_FACTOR = 1.7;
const NARROW_LABEL_ROOM_FACTOR = 2.6;
const NARROW_WIDTH_PX = 560;
/** The legend's distance from the top when no title sits above it. */
const LEGEND_MIN_TOP_PX = 4;

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The option for the gap-to-median bars; rows are drawn top to bottom in the order given. */
export function buildDimensionGapOption(
  rows: readonly DimensionStanding[],
  settings: DimensionGapSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const nameOf = (code: IndicatorCode): string => settings.dimensionNames[code] ?? code;
  const categories = rows.map((row) => `${row.indicator}. ${nameOf(row.indicator)}`);
  const maxAbsGap = Math.max(0.5, ...rows.map((row) => Math.abs(row.gapToMedian)));
  const widthPx = settings.widthPx ?? DEFAULT_CHART_WIDTH_PX;
  const isNarrow = widthPx < NARROW_WIDTH_PX;
  const axisLimit = Math.ceil(maxAbsGap * (isNarrow ? NARROW_LABEL_ROOM_FACTOR : LABEL_ROOM_FACTOR) * 2) / 2;

  const barLabel = (row: DimensionStanding): string =>
    `${i18n.formatNumber(row.score)} (${i18n.formatSignedNumber(row.gapToMedian)})`;

  const seriesFor = (side: 'below' | 'above'): BarSeriesOption => ({
    id: DIMENSION_GAP_SERIES[side],
    name: t(side === 'below' ? 'chart.gap.below' : 'chart.gap.above'),
    type: 'bar',
    stack: 'gap',
    barMaxWidth: 26,
    itemStyle: { color: side === 'below' ? CHART_COLORS.belowMedian : CHART_COLORS.aboveMedian },
    data: rows.map((row) => {
      const isBelow = row.gapToMedian < 0;
      if (isBelow !== (side === 'below')) return null;
      return {
        value: roundTo2(row.gapToMedian),
        label: {
          show: true,
          position: isBelow ? 'left' : 'right',
          formatter: barLabel(row),
          color: CHART_COLORS.text,
          fontSize: isNarrow ? 10 : 12,
        },
      };
    }),
  });

  const formatTooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const item = Array.isArray(params) ? params[0] : params;
    const row = item === undefined ? undefined : rows[item.dataIndex];
    if (row === undefined) return '';
    const completion =
      row.completionRate == null
        ? t('table.noPlan')
        : `${i18n.formatPercent(row.completionRate)}${row.progressPeriod == null ? '' : ` (${t('table.period', { period: row.progressPeriod })})`}${row.progressIsSample ? ` · ${t('sample.badge')}` : ''}`;
    const lines: [string, string][] = [
      [t('chart.tooltip.score'), i18n.formatNumber(row.score)],
      [t('chart.tooltip.rank'), i18n.formatRank(row.rank, row.scoredCount)],
      [t('chart.tooltip.median'), i18n.formatNumber(row.nationalMedian)],
      [t('chart.tooltip.gap'), i18n.formatSignedNumber(row.gapToMedian)],
      [t('chart.tooltip.min'), i18n.formatNumber(row.nationalMin)],
      [t('chart.tooltip.max'), i18n.formatNumber(row.nationalMax)],
      [t('chart.tooltip.completion'), completion],
    ];
    return [
      `<strong>${escapeHtml(`${row.indicator}. ${nameOf(row.indicator)}`)}</strong>`,
      ...lines.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`),
    ].join('<br/>');
  };

  const axisLabelWidthPx = Math.round(
    Math.min(AXIS_LABEL_MAX_WIDTH_PX, Math.max(AXIS_LABEL_MIN_WIDTH_PX, widthPx * 0.3)),
  );
  const captionBlock = buildCaptionBlock(
    settings.caption,
    {
      title: t('chart.gap.title', { province: settings.provinceName, year: settings.year }),
      subtitle: t('chart.gap.subtitle'),
      source: settings.source ?? t('chart.source'),
    },
    settings.widthPx,
  );

  return {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: captionBlock.title,
    legend: {
      top: Math.max(LEGEND_MIN_TOP_PX, captionBlock.topPx),
      left: 16,
      textStyle: { color: CHART_COLORS.text },
    },
    grid: {
      left: axisLabelWidthPx + 24,
      right: 24,
      // Below the legend; above the x-axis name.
      top: captionBlock.topPx + 40,
      bottom: captionBlock.bottomPx + 48,
    },
    tooltip: { trigger: 'item', formatter: formatTooltip },
    xAxis: {
      type: 'value',
      min: -axisLimit,
      max: axisLimit,
      splitNumber: isNarrow ? 3 : 5,
      name: t('chart.gap.xAxis'),
      nameLocation: 'middle',
      nameGap: 26,
      nameTextStyle: { color: CHART_COLORS.mutedText },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: {
        color: CHART_COLORS.text,
        formatter: (value: number) => i18n.formatSignedNumber(value, 1),
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: categories,
      axisTick: { show: false },
      axisLine: { onZero: false, lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: {
        color: CHART_COLORS.text,
        width: axisLabelWidthPx,
        fontSize: isNarrow ? 10 : 12,
        overflow: 'break',
        lineHeight: 14,
      },
    },
    series: [
      {
        ...seriesFor('below'),
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: CHART_COLORS.axis, type: 'solid', width: 1 },
          data: [{ xAxis: 0 }],
        },
      },
      seriesFor('above'),
    ],
  };
}
