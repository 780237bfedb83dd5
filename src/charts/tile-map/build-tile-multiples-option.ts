// The small multiples: one small tile map per dimension in one figure, the same layout and the same colours
// (each dimension's own quartile groups, or one shared score scale), one legend above them all.
import type { EChartsCoreOption } from 'echarts/core';
import { tileLayoutFor } from '../../domain/tile-layouts/tile-layout-for.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { CHART_COLORS } from '../palette.ts';
import { multiplesBox, PANEL_TITLE_FONT_PX, PANEL_TITLE_LINE_PX } from './tile-geometry.ts';
import { buildTileLegend } from './tile-legend.ts';
import type { TileMapRows, TileMapSettings } from './tile-map-rows.ts';
import { describeTileMultiples } from './tile-multiples-description.ts';
import { buildTileGrid, buildTileSeries } from './tile-series.ts';
import { buildTileTooltip } from './tile-tooltip.ts';

export function buildTileMultiplesOption(
  rows: TileMapRows,
  settings: TileMapSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const layout = tileLayoutFor(rows.unitKind);
  const frame = buildDescribedFrame(describeTileMultiples(rows, settings, i18n), settings, i18n);
  const count = rows.panels.length;
  const titles = rows.panels.map((panel) => panel.label);
  const maps = rows.panels.map((panel, panelIndex) => {
    const box = multiplesBox(layout, settings.widthPx, count, panelIndex, frame.topPx, titles);
    const drawing = {
      panelIndex,
      box,
      colour: settings.colour,
      selectedCode: settings.selectedCode,
      showLabels: false,
    };
    return {
      ...buildTileGrid(layout, drawing),
      series: buildTileSeries(panel, layout, drawing, i18n),
      title: {
        id: `panel-${panelIndex}`,
        text: panel.label,
        left: box.panelLeft,
        top: box.titleTop,
        textStyle: {
          fontSize: PANEL_TITLE_FONT_PX,
          lineHeight: PANEL_TITLE_LINE_PX,
          fontWeight: 'bold',
          color: CHART_COLORS.text,
          width: box.panelWidthPx,
          height: box.titlePx,
          overflow: 'break',
          lineOverflow: 'truncate',
        },
      },
    };
  });
  const series = maps.flatMap((m) => m.series);
  return {
    ...frame.option,
    title: [...frame.option.title, ...maps.map((m) => m.title)],
    ...buildTileLegend(
      settings.colour,
      rows.panels,
      series.map((s) => String(s.id)),
      { topPx: frame.topPx, widthPx: settings.widthPx },
      i18n,
    ),
    tooltip: buildTileTooltip(rows.panels, layout, i18n),
    grid: maps.map((m) => m.grid),
    xAxis: maps.map((m) => m.xAxis),
    yAxis: maps.map((m) => m.yAxis),
    series,
  };
}
