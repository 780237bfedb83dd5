// The big tile map: every unit of the year's map as an equal square where it roughly lies, coloured by its
// quartile group or its score, with a legend, short labels, escaped tooltips and the selected unit outlined.
// No boundary data: a tile grid redistributes no shapes and draws no border.
import type { EChartsCoreOption } from 'echarts/core';
import { tileLayoutFor } from '../../domain/tile-layouts/tile-layout-for.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { bigMapBox } from './tile-geometry.ts';
import { buildTileLegend } from './tile-legend.ts';
import { describeTileMap } from './tile-map-description.ts';
import type { TileMapRows, TileMapSettings } from './tile-map-rows.ts';
import { buildTileGrid, buildTileSeries } from './tile-series.ts';
import { buildTileTooltip } from './tile-tooltip.ts';

export function buildTileMapOption(
  rows: TileMapRows,
  settings: TileMapSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const layout = tileLayoutFor(rows.unitKind);
  const frame = buildDescribedFrame(describeTileMap(rows, settings, i18n), settings, i18n);
  const panel = rows.panels[0] ?? { indicator: '', label: '', units: [] };
  const drawing = {
    panelIndex: 0,
    box: bigMapBox(layout, settings.widthPx, frame.topPx),
    colour: settings.colour,
    selectedCode: settings.selectedCode,
    showLabels: true,
  };
  const { grid, xAxis, yAxis } = buildTileGrid(layout, drawing);
  const series = buildTileSeries(panel, layout, drawing, i18n);
  return {
    ...frame.option,
    ...buildTileLegend(
      settings.colour,
      [panel],
      series.map((s) => String(s.id)),
      { topPx: frame.topPx, widthPx: settings.widthPx },
      i18n,
    ),
    tooltip: buildTileTooltip([panel], layout, i18n),
    grid: [grid],
    xAxis: [xAxis],
    yAxis: [yAxis],
    series,
  };
}
