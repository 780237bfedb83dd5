// One map's grid, axes and series: a square per unit at its (row, col), filled by its group (one series per
// group, so the legend names them) or by its score (one series the colour scale reads), grey where unscored;
// the archipelagos as white, labelled squares; the selected unit outlined.
import type { ScatterSeriesOption } from 'echarts/charts';
import type { IslandId, TileLayout } from '../../domain/tile-layouts/tile-layout.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS, PAPI_GROUP_COLORS, TILE_COLORS } from '../palette.ts';
import type { TileBox } from './tile-geometry.ts';
import type { TileColouring, TilePanel, TileUnit } from './tile-map-rows.ts';
import { GROUPS_HIGH_TO_LOW } from '../../domain/papi-groups.ts';

/** What a drawn square carries, so the tooltip and a click know which unit (or island) it is. */
export interface TileDatum {
  value: [col: number, row: number, score: number | null];
  panel: number;
  code?: string;
  island?: IslandId;
  /** The short text drawn on the square (not `label`: ECharts reads that as the item's label options). */
  tileLabel: string;
}

export interface TileDrawing {
  panelIndex: number;
  box: TileBox;
  colour: TileColouring;
  selectedCode: string | null;
  /** Unit labels on the squares (off on the small maps: too small). */
  showLabels: boolean;
}

/**
 * What a switch replaces by id on screen (ChartSpec.replaceMerge): every component of the tile figures but the
 * tooltip, which is merged and keeps its HTML element. Each of them has an id (below and in tile-legend.ts).
 */
export const TILE_REPLACE_MERGE = [
  'series',
  'legend',
  'visualMap',
  'title',
  'grid',
  'xAxis',
  'yAxis',
] as const;

/** The ids of series the score scale colours (it must not grey the islands or the unscored squares). */
export const SCORED_SERIES_PREFIX = 'scored-';

const SELECTED_BORDER_PX = 3;

function gridOf(drawing: TileDrawing) {
  const { box } = drawing;
  return {
    id: `grid-${drawing.panelIndex}`,
    left: box.left,
    top: box.top,
    width: box.widthPx,
    height: box.heightPx,
    containLabel: false,
  };
}

function axesOf(layout: TileLayout, gridIndex: number) {
  return {
    xAxis: {
      id: `x-${gridIndex}`,
      type: 'value',
      gridIndex,
      min: -0.5,
      max: layout.colCount - 0.5,
      show: false,
    },
    yAxis: {
      id: `y-${gridIndex}`,
      type: 'value',
      gridIndex,
      min: -0.5,
      max: layout.rowCount - 0.5,
      inverse: true,
      show: false,
    },
  };
}

function labelOf(drawing: TileDrawing) {
  const fontSize = Math.max(8, Math.min(12, Math.round(drawing.box.cellPx * 0.34)));
  return {
    show: drawing.showLabels,
    position: 'inside',
    fontSize,
    color: CHART_COLORS.text,
    textBorderColor: TILE_COLORS.labelHalo,
    textBorderWidth: 2,
    opacity: 1,
    formatter: (p: { data?: unknown }) => (p.data as TileDatum | undefined)?.tileLabel ?? '',
  } as const;
}

function unitDatum(unit: TileUnit, layout: TileLayout, drawing: TileDrawing) {
  const tile = layout.units.find((t) => t.code === unit.code);
  if (tile === undefined) return [];
  const datum: TileDatum & { itemStyle?: object } = {
    value: [tile.col, tile.row, unit.score],
    panel: drawing.panelIndex,
    code: unit.code,
    tileLabel: tile.label,
  };
  if (unit.code === drawing.selectedCode)
    datum.itemStyle = { borderColor: TILE_COLORS.selectedOutline, borderWidth: SELECTED_BORDER_PX };
  return [datum];
}

/** The series of one map in grid `drawing.panelIndex`. */
export function buildTileSeries(
  panel: TilePanel,
  layout: TileLayout,
  drawing: TileDrawing,
  i18n: I18n,
): ScatterSeriesOption[] {
  const gridIndex = drawing.panelIndex;
  const common = {
    type: 'scatter',
    xAxisIndex: gridIndex,
    yAxisIndex: gridIndex,
    symbol: 'rect',
    symbolSize: Math.max(3, drawing.box.cellPx - 2),
    label: labelOf(drawing),
    emphasis: { scale: false },
    animation: false,
  } as const;
  const solid = (color: string) => ({ color, opacity: 1 });
  const scored = panel.units.filter((u) => u.score !== null && u.group !== null);
  const data = (units: readonly TileUnit[]) => units.flatMap((u) => unitDatum(u, layout, drawing));
  const scoredSeries: ScatterSeriesOption[] =
    drawing.colour === 'group'
      ? GROUPS_HIGH_TO_LOW.map((group) => ({
          ...common,
          id: `group-${group}-${gridIndex}`,
          name: i18n.t(`group.${group}`),
          itemStyle: solid(PAPI_GROUP_COLORS[group]),
          data: data(scored.filter((u) => u.group === group)),
        }))
      : [
          {
            ...common,
            id: `${SCORED_SERIES_PREFIX}${gridIndex}`,
            name: 'score',
            itemStyle: { opacity: 1 },
            data: data(scored),
          },
        ];
  const unscored = panel.units.filter((u) => u.score === null || u.group === null);
  const islands: TileDatum[] = layout.islands.map((island) => ({
    value: [island.col, island.row, null],
    panel: drawing.panelIndex,
    island: island.id,
    tileLabel: i18n.t(`nationMap.islandShort.${island.id}`),
  }));
  return [
    ...scoredSeries,
    {
      ...common,
      id: `no-score-${gridIndex}`,
      name: i18n.t('nationMap.noScore'),
      itemStyle: solid(TILE_COLORS.noScore),
      data: data(unscored),
    },
    {
      ...common,
      id: `islands-${gridIndex}`,
      name: 'islands',
      symbolSize: Math.max(3, Math.round(drawing.box.cellPx * 0.6)),
      itemStyle: { ...solid(TILE_COLORS.island), borderColor: TILE_COLORS.islandBorder, borderWidth: 1 },
      label: { ...labelOf(drawing), position: 'right', fontSize: 10, color: CHART_COLORS.mutedText },
      data: islands,
    },
  ];
}

/** The grid and axes of one map. */
export function buildTileGrid(layout: TileLayout, drawing: TileDrawing) {
  return { grid: gridOf(drawing), ...axesOf(layout, drawing.panelIndex) };
}
