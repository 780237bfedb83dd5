// The small multiples as a chart spec.
import { tileLayoutFor } from '../../domain/tile-layouts/tile-layout-for.ts';
import type { ChartSpec } from '../chart-spec.ts';
import { buildTileMultiplesOption } from './build-tile-multiples-option.ts';
import { multiplesHeightPx } from './tile-geometry.ts';
import type { TileMapRows, TileMapSettings } from './tile-map-rows.ts';
import { TILE_REPLACE_MERGE } from './tile-series.ts';
import { describeTileMultiples } from './tile-multiples-description.ts';
import { buildTileMultiplesTable } from './tile-multiples-table.ts';

export const TILE_MULTIPLES_CHART_ID = 'chart-tile-multiples';

/** The small multiples' spec: one small map per panel (dimension). */
export function createTileMultiplesSpec(
  rows: TileMapRows,
  settings: TileMapSettings,
): ChartSpec<TileMapRows, TileMapSettings> {
  const layout = tileLayoutFor(rows.unitKind);
  return {
    id: TILE_MULTIPLES_CHART_ID,
    rows,
    settings,
    build: buildTileMultiplesOption,
    toTable: buildTileMultiplesTable,
    describe: describeTileMultiples,
    drawsProgress: false,
    heightPx: (widthPx) =>
      multiplesHeightPx(
        layout,
        widthPx,
        rows.panels.length,
        rows.panels.map((panel) => panel.label),
      ),
    exportName: { province: '', indicator: 'dimensions', years: String(rows.year) },
    replaceMerge: TILE_REPLACE_MERGE,
  };
}
