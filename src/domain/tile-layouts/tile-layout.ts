// A tile map's layout: every unit of one map as an equal square at (row, col), placed roughly where it lies
// (north at the top), plus the two archipelagos as labelled, never-scored tiles. Written once as data per map
// (old-63.ts, new-34.ts); tests/domain/tile-layouts.test.ts proves each holds every unit of its map once.
import type { UnitKind } from '../province-lineage.ts';

/** One unit's tile: its province code, its place and the short label drawn on it. */
export interface UnitTile {
  code: string;
  row: number;
  col: number;
  /** 2-4 letters (e.g. "ĐNô"): the full name is in the tooltip and the table. */
  label: string;
}

export type IslandId = 'hoang-sa' | 'truong-sa';

/** An archipelago's tile, beside the unit it belongs to (Hoàng Sa: Đà Nẵng; Trường Sa: Khánh Hòa). */
export interface IslandTile {
  id: IslandId;
  row: number;
  col: number;
  besideCode: string;
}

export interface TileLayout {
  kind: UnitKind;
  units: readonly UnitTile[];
  islands: readonly IslandTile[];
  /** Rows and columns of the grid (every tile lies inside). */
  rowCount: number;
  colCount: number;
}

/** [code, row, col, label]: one line per unit, as a CSV would hold it. */
export type TileRow = readonly [code: string, row: number, col: number, label: string];

/** The layout from its table of units and its islands; the grid is as large as its farthest tile. */
export function defineTileLayout(
  kind: UnitKind,
  table: readonly TileRow[],
  islands: readonly IslandTile[],
): TileLayout {
  const units = table.map(([code, row, col, label]) => ({ code, row, col, label }));
  const tiles = [...units, ...islands];
  return {
    kind,
    units,
    islands,
    rowCount: Math.max(...tiles.map((tile) => tile.row)) + 1,
    colCount: Math.max(...tiles.map((tile) => tile.col)) + 1,
  };
}
