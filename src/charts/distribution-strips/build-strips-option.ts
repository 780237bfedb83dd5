// The distribution strips: one strip per dimension for one year, a dot per scored unit, the selected unit
// and its region's peers marked, the median and the quartile cuts drawn: how far from the next group, at a glance.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { formatTick } from '../number.ts';
import { CHART_COLORS } from '../palette.ts';
import { describeStrips } from './strip-description.ts';
import { computeStripLayout } from './strip-layout.ts';
import type { StripPanel, StripRows, StripSettings } from './strip-rows.ts';
import { findSelected } from './strip-rows.ts';
import { buildStripSeries, stripSeriesNames } from './strip-series.ts';
import { buildStripTooltip } from './strip-tooltip.ts';

/** The strip's scale: the scores and cuts, padded a little, on tenths. */
function rangeOf(panel: StripPanel): { min: number; max: number } {
  const values = [
    ...panel.units.flatMap((u) => (u.score === null ? [] : [u.score])),
    ...[panel.p25, panel.median, panel.p75].filter((v): v is number => v !== null),
  ];
  if (values.length === 0) return { min: 0, max: 10 };
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max(0.05, (high - low) * 0.04);
  return { min: Math.floor((low - pad) * 10) / 10, max: Math.ceil((high + pad) * 10) / 10 };
}

export function buildStripsOption(
  rows: StripRows,
  settings: StripSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const frame = buildDescribedFrame(describeStrips(rows, settings, i18n), settings, i18n);
  const layout = computeStripLayout(rows.panels.length, settings.widthPx, frame);
  const selected = findSelected(rows, settings);
  const names = stripSeriesNames(i18n);
  const strips = rows.panels.map((panel, index) => {
    const place = layout.strip(index);
    return {
      grid: { left: layout.gridLeftPx, right: 24, top: place.top, height: place.height },
      xAxis: {
        type: 'value',
        gridIndex: index,
        ...rangeOf(panel),
        splitLine: { show: false },
        axisLine: { lineStyle: { color: CHART_COLORS.axis } },
        axisLabel: {
          color: CHART_COLORS.mutedText,
          fontSize: 10,
          hideOverlap: true,
          // The padded ends are not round numbers: only the axis's own ticks are labelled.
          showMinLabel: false,
          showMaxLabel: false,
          formatter: formatTick(i18n.formatNumber),
        },
      },
      yAxis: { type: 'value', gridIndex: index, min: -1, max: 1, show: false },
      title: {
        id: `strip-${index}`,
        text: panel.label,
        left: layout.labelLeftPx,
        top: place.labelTop,
        textStyle: {
          fontSize: 11,
          lineHeight: layout.labelLineHeightPx,
          fontWeight: 'normal',
          color: CHART_COLORS.text,
          width: layout.labelWidthPx,
          height: 2 * layout.labelLineHeightPx + 2,
          overflow: 'break',
          lineOverflow: 'truncate',
        },
      },
      series: buildStripSeries(panel, index, selected, i18n),
    };
  });
  return {
    ...frame.option,
    title: [...frame.option.title, ...strips.map((s) => s.title)],
    legend: {
      top: layout.legendTop,
      left: 'center',
      selectedMode: false,
      textStyle: { color: CHART_COLORS.text },
      data: [
        ...(selected === undefined ? [] : [names.selected, names.peer]),
        names.other,
        names.median,
        names.quartiles,
      ],
    },
    tooltip: buildStripTooltip(rows, i18n),
    grid: strips.map((s) => s.grid),
    xAxis: strips.map((s) => s.xAxis),
    yAxis: strips.map((s) => s.yAxis),
    series: strips.flatMap((s) => s.series),
  };
}
