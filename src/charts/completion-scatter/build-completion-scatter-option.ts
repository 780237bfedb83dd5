// The scatter: one point per dimension, x = its tasks' completion (%), y = its score change into the plan's
// target year, split into four labelled quadrants at 50% and no change.
import type { ScatterSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame, estimateLines } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { CHART_COLORS } from '../palette.ts';
import { spreadLabelOffsets } from './label-offsets.ts';
import { describeCompletionScatter } from './scatter-description.ts';
import { quadrantBandPx, scatterHalfRange, scatterPlotHeightPx } from './scatter-range.ts';
import { QUADRANT_SPLIT, type Quadrant, type ScatterRow } from './scatter-rows.ts';
import type { CompletionScatterSettings } from './scatter-settings.ts';

export const COMPLETION_SCATTER_SERIES_ID = 'dimensions';
const GRID_LEFT_PX = 56;
const GRID_RIGHT_PX = 32;
const KEY = { fontPx: 11, linePx: 14 } as const;
const KEY_SIDE_PX = 16;
const QUADRANTS = ['moreUp', 'moreDown', 'lessUp', 'lessDown'] as const;

function quadrantArea(quadrant: Quadrant, half: number, labelWidthPx: number, i18n: I18n) {
  const splitX = QUADRANT_SPLIT.completionRate * 100;
  const more = quadrant === 'moreUp' || quadrant === 'moreDown';
  const up = quadrant === 'moreUp' || quadrant === 'lessUp';
  const position = `inside${up ? 'Top' : 'Bottom'}${more ? 'Right' : 'Left'}`;
  return [
    {
      name: i18n.t(`svt.scatter.quadrant.${quadrant}`),
      coord: [more ? splitX : 0, up ? 0 : -half],
      label: { position, width: labelWidthPx, overflow: 'break' as const },
    },
    { coord: [more ? 100 : splitX, up ? half : 0] },
  ];
}

/** The key to the numbered points ("1. Tham gia … · 2. Công khai …"), under the x-axis name, above the frame's foot. */
function buildPointKey(plotted: readonly ScatterRow[], frameBottomPx: number, widthPx: number) {
  const text = plotted.map((row) => `${row.dimension}. ${row.dimensionName}`).join(' · ');
  const textWidthPx = Math.max(200, widthPx - 2 * KEY_SIDE_PX);
  // Estimated at nine tenths of the width: an extra line of room is cheaper than a key over the axis name.
  const lines = estimateLines(text, KEY.fontPx, textWidthPx * 0.9);
  return {
    heightPx: plotted.length === 0 ? 0 : lines * KEY.linePx + 8,
    title: {
      id: 'point-key',
      text,
      left: KEY_SIDE_PX,
      bottom: frameBottomPx + 4,
      textStyle: {
        fontSize: KEY.fontPx,
        lineHeight: KEY.linePx,
        color: CHART_COLORS.text,
        width: textWidthPx,
        overflow: 'break' as const,
      },
    },
  };
}

/** A row's point as drawn: completion in percent to a tenth, change to a hundredth. */
const drawnValue = (row: ScatterRow): [number, number] => [
  Math.round((row.completionRate ?? 0) * 1000) / 10,
  roundAsPublished(row.scoreChange ?? 0),
];

export function buildCompletionScatterOption(
  rows: readonly ScatterRow[],
  settings: CompletionScatterSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const description = describeCompletionScatter(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  // Half the plot's width each, so two labels side by side wrap instead of running into each other on a phone.
  const quadrantLabelWidthPx = Math.max(60, (settings.widthPx - GRID_LEFT_PX - GRID_RIGHT_PX) / 2 - 12);
  const plotted = rows.filter((row) => row.completionRate !== null && row.scoreChange !== null);
  // The exported figure has no page around it to say what the numbers stand for: it carries its own key.
  const key =
    settings.caption === 'embedded' ? buildPointKey(plotted, frame.bottomPx, settings.widthPx) : null;
  const quadrantLabels = QUADRANTS.map((quadrant) => t(`svt.scatter.quadrant.${quadrant}`));
  const plotHeightPx = scatterPlotHeightPx(settings.widthPx, key?.heightPx ?? 0);
  const half = scatterHalfRange(rows, quadrantBandPx(quadrantLabels, quadrantLabelWidthPx), plotHeightPx);
  // Where each point lands on the plot, so the labels of points close together are stacked apart.
  const plotWidthPx = settings.widthPx - GRID_LEFT_PX - GRID_RIGHT_PX;
  const labelOffsets = spreadLabelOffsets(
    plotted.map((row) => {
      const [x, y] = drawnValue(row);
      return { xPx: (x / 100) * plotWidthPx, yPx: ((half - y) / (2 * half)) * plotHeightPx };
    }),
  );
  const series: ScatterSeriesOption = {
    id: COMPLETION_SCATTER_SERIES_ID,
    type: 'scatter',
    symbolSize: 14,
    color: CHART_COLORS.province,
    data: plotted.map((row, index) => {
      const dy = labelOffsets[index] ?? 0;
      return {
        name: row.dimension,
        value: drawnValue(row),
        ...(dy === 0 ? {} : { label: { offset: [0, dy] } }),
      };
    }),
    label: {
      show: true,
      position: 'right',
      formatter: '{b}',
      color: CHART_COLORS.text,
      fontWeight: 'bold',
      fontSize: 12,
    },
    markLine: {
      silent: true,
      symbol: 'none',
      label: { show: false },
      lineStyle: { color: CHART_COLORS.eraBreak, type: 'dashed', width: 1 },
      data: [{ xAxis: QUADRANT_SPLIT.completionRate * 100 }, { yAxis: QUADRANT_SPLIT.scoreChange }],
    },
    markArea: {
      silent: true,
      itemStyle: { color: 'transparent' },
      label: { color: CHART_COLORS.mutedText, fontSize: 12 },
      data: QUADRANTS.map((quadrant) => quadrantArea(quadrant, half, quadrantLabelWidthPx, i18n) as never),
    },
  };
  const byCode = new Map(rows.map((row) => [row.dimension, row]));
  return {
    ...frame.option,
    title: [...frame.option.title, ...(key === null ? [] : [key.title])],
    grid: {
      left: GRID_LEFT_PX,
      right: GRID_RIGHT_PX,
      top: Math.max(36, frame.topPx + 28),
      bottom: frame.bottomPx + 48 + (key?.heightPx ?? 0),
    },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const item = params as { name?: string };
        const row = byCode.get(item.name ?? '');
        if (row === undefined) return '';
        return [
          `<strong>${escapeHtml(`${row.dimension}. ${row.dimensionName}`)}</strong>`,
          `${escapeHtml(t('svt.scatter.table.completion'))}: ${escapeHtml(i18n.formatPercent(row.completionRate))}`,
          `${escapeHtml(t('svt.scatter.table.change'))}: ${escapeHtml(i18n.formatSignedNumber(row.scoreChange))}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: 100,
      interval: 25,
      name: t('svt.scatter.xAxis'),
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: CHART_COLORS.mutedText },
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: { color: CHART_COLORS.text },
    },
    yAxis: {
      type: 'value',
      min: -half,
      max: half,
      name: t('svt.scatter.yAxis'),
      nameTextStyle: { color: CHART_COLORS.mutedText, align: 'left' },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: {
        color: CHART_COLORS.text,
        formatter: (value: number) => i18n.formatSignedNumber(value, 1),
        // The range's ends are rarely on a tick (on a phone "+0,7" sat on "+0,6"): only the ticks are labelled.
        showMinLabel: false,
        showMaxLabel: false,
      },
    },
    series: [series],
  };
}
