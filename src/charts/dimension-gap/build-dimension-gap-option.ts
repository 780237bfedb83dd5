// Each dimension's gap to the national median as horizontal bars, drawn in exactly the order of the rows.
import type { EChartsCoreOption } from 'echarts/core';
import type { DimensionStanding } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { CHART_COLORS } from '../palette.ts';
import { buildGapAxes } from './gap-axes.ts';
import type { GapDescriptionSettings } from './gap-description.ts';
import { describeDimensionGap, dimensionLabel } from './gap-description.ts';
import { computeGapLayout } from './gap-layout.ts';
import { buildGapSeries } from './gap-series.ts';
import { buildGapTooltipFormatter } from './gap-tooltip.ts';

export interface DimensionGapSettings extends GapDescriptionSettings {
  /** The source line when the caption is embedded; defaults to the PAPI source alone. */
  source?: string | undefined;
  /** The frame's note slot (e.g. a sample-data warning) when the caption is embedded. */
  note?: string | undefined;
}

/** The legend's distance from the top when no title sits above it. */
const LEGEND_MIN_TOP_PX = 4;

/** The option for the gap-to-median bars; the first row is drawn on top, and the builder never re-sorts. */
export function buildDimensionGapOption(
  rows: readonly DimensionStanding[],
  settings: DimensionGapSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const layout = computeGapLayout(rows, settings.widthPx);
  const description = describeDimensionGap(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const categories = rows.map((row) => dimensionLabel(row.indicator, settings.dimensionNames));
  return {
    ...frame.option,
    legend: {
      top: Math.max(LEGEND_MIN_TOP_PX, frame.topPx),
      left: 16,
      textStyle: { color: CHART_COLORS.text },
    },
    grid: {
      left: layout.nameWidthPx + 24,
      right: 24,
      // Below the legend; above the x-axis name.
      top: frame.topPx + 40,
      bottom: frame.bottomPx + 48,
    },
    tooltip: { trigger: 'item', formatter: buildGapTooltipFormatter(rows, settings.dimensionNames, i18n) },
    ...buildGapAxes(categories, layout, i18n),
    series: buildGapSeries(rows, layout, i18n),
  };
}
