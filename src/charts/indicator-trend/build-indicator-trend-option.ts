// One indicator's trend for the chosen province against its peers and the national median and bands,
// broken wherever the definition changes (never joined), missing years as gaps.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { endLabelRoomPx, fitEndLabels } from '../end-labels.ts';
import { buildTrendAxes, buildTrendLayout } from '../total-trend/trend-axes.ts';
import { describeIndicatorTrend } from './indicator-trend-description.ts';
import { buildTargetSeries } from '../target-line.ts';
import type { IndicatorTrendRows, IndicatorTrendSettings } from './indicator-trend-rows.ts';
import { splitIndicatorSegments } from './indicator-trend-rows.ts';
import { buildSegmentSeries } from './indicator-trend-series.ts';
import { buildPredecessorSeries, drawnPredecessors, ownFirstYear } from './indicator-trend-predecessors.ts';
import { buildIndicatorTooltipFormatter } from './indicator-trend-tooltip.ts';

/** Pure: the same option on screen, in an export and in Node tests. */
export function buildIndicatorTrendOption(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const axisYears = rows.years.map((y) => y.year);
  const segments = splitIndicatorSegments(rows.years);
  const description = describeIndicatorTrend(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  // Each part is its own function; extra series (predecessors, the target line) are appended, never merged.
  const series = [
    ...segments.flatMap((segment, index) => [
      ...buildSegmentSeries(rows, settings, axisYears, segment, index === segments.length - 1, i18n),
      ...buildPredecessorSeries(rows, settings, axisYears, segment, index === segments.length - 1),
    ]),
    ...(settings.target != null && segments.length > 0 ? [buildTargetSeries(settings.target, i18n)] : []),
  ];
  const predecessorNames = drawnPredecessors(rows, settings).map((p) => p.name);
  const legendNames =
    segments.length === 0
      ? []
      : [
          // Named only when drawn: a new province without scores of its own has no line to name.
          ...(ownFirstYear(rows.panel, settings.provinceCode) === null ? [] : [settings.provinceName]),
          ...predecessorNames,
          t('chart.trend.median'),
          ...(settings.band !== 'iqr' ? [t('dimensions.trend.minmax')] : []),
          ...(settings.band !== 'minmax' ? [t('dimensions.trend.iqr')] : []),
        ];
  const layout = buildTrendLayout(frame, legendNames, settings.widthPx);
  // Room on the right for the names at the peers' and predecessors' line ends.
  const gridRight = endLabelRoomPx(series, settings.widthPx, layout.grid.right);
  const axes = buildTrendAxes(axisYears, i18n, settings.widthPx - layout.grid.left - gridRight);
  return {
    ...frame.option,
    ...layout,
    grid: { ...layout.grid, right: gridRight },
    tooltip: { trigger: 'axis', formatter: buildIndicatorTooltipFormatter(rows, settings, i18n) },
    xAxis: axes.xAxis,
    yAxis: {
      ...axes.yAxis,
      name: t('dimensions.trend.yAxis'),
      axisLabel: { ...axes.yAxis.axisLabel, formatter: (value: number) => i18n.formatNumber(value, 1) },
    },
    series: fitEndLabels(series, gridRight),
  };
}
