// An indicator's parts as small multiples on one shared scale (a dimension's sub-dimensions; the total's
// dimensions): the province's line against the national median in each, broken where the definition changes.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { buildMultiplesAxes } from './multiples-axes.ts';
import { describeMultiples } from './multiples-description.ts';
import { computeMultiplesLayout, panelTitleLines } from './multiples-layout.ts';
import { buildMultiplesLegend, buildPanelTitles } from './multiples-marks.ts';
import { estimateLegendRows } from '../legend-rows.ts';
import type { MultiplesRows, MultiplesSettings } from './multiples-rows.ts';
import { multiplesLegendNames } from './multiples-rows.ts';
import { buildMultiplesSeries } from './multiples-series.ts';
import { buildMultiplesTooltip } from './multiples-tooltip.ts';

/** Pure option: one grid per part, all on the same y range, so panels compare at a glance. */
export function buildMultiplesOption(
  rows: MultiplesRows,
  settings: MultiplesSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const description = describeMultiples(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const titleLines = panelTitleLines(
    rows.parts.map((part) => part.label),
    settings.widthPx,
  );
  const legendRows = estimateLegendRows(
    multiplesLegendNames(rows, settings.provinceName, i18n.t('chart.trend.median')),
    settings.widthPx,
  );
  const layout = computeMultiplesLayout(
    rows.parts.length,
    settings.widthPx,
    frame.topPx,
    titleLines,
    legendRows,
  );
  const series = buildMultiplesSeries(rows, settings.provinceName, i18n);
  return {
    ...frame.option,
    title: [...frame.option.title, ...buildPanelTitles(rows, layout)],
    legend: buildMultiplesLegend(rows, settings.provinceName, layout, i18n),
    grid: layout.grids,
    tooltip: buildMultiplesTooltip(i18n),
    ...buildMultiplesAxes(rows, layout.grids, i18n),
    series,
  };
}
