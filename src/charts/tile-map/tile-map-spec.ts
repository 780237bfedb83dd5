// The big tile map as a chart spec: what the section hands the chart wrapper and what an export re-renders.
import { tileLayoutFor } from '../../domain/tile-layouts/tile-layout-for.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { buildTileMapOption } from './build-tile-map-option.ts';
import { bigMapHeightPx } from './tile-geometry.ts';
import { describeTileMap } from './tile-map-description.ts';
import type { TileMapRows, TileMapSettings } from './tile-map-rows.ts';
import { TILE_REPLACE_MERGE } from './tile-series.ts';
import { buildTileMapTable } from './tile-map-table.ts';

export const TILE_MAP_CHART_ID = 'chart-tile-map';

/** The big map's spec; its height follows the map's rows and the square size the width allows. */
export function createTileMapSpec(
  rows: TileMapRows,
  settings: TileMapSettings,
): ChartSpec<TileMapRows, TileMapSettings> {
  const layout = tileLayoutFor(rows.unitKind);
  return {
    id: TILE_MAP_CHART_ID,
    rows,
    settings: { ...settings, indicatorLabel: rows.panels[0]?.label },
    build: buildTileMapOption,
    toTable: buildTileMapTable,
    describe: describeTileMap,
    drawsProgress: false,
    heightPx: (widthPx) => bigMapHeightPx(layout, widthPx),
    exportName: { province: '', indicator: rows.panels[0]?.label ?? '', years: String(rows.year) },
    replaceMerge: TILE_REPLACE_MERGE,
  };
}
