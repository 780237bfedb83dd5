// The league table figure's marks, as scatter series on a pixel x axis and a row y axis (row -1: the header):
// a coloured rectangle per score (one series per group, so the legend names each colour), and texts (header,
// ranks, names) drawn as labels of invisible points, so no extra ECharts component is needed.
import type { ScatterSeriesOption } from 'echarts/charts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS, PAPI_GROUP_COLORS } from '../palette.ts';
import { GROUPS_HIGH_TO_LOW } from '../../domain/papi-groups.ts';
import type { LeagueFigureGeometry } from './league-figure-geometry.ts';
import { ROW_PX } from './league-figure-geometry.ts';
import type { LeagueFigureRows } from './league-figure-rows.ts';
import { figureRowName } from './league-figure-rows.ts';

/** A drawn point: its place and the text on it (not `label`: ECharts reads that as label options). */
interface FigureDatum {
  value: [x: number, row: number];
  cellText: string;
  label?: { fontWeight: 'bold' };
}

const FONT_PX = 11;
const HEADER_ROW = -1;

const textLabel = (position: 'inside' | 'right') =>
  ({
    show: true,
    position,
    distance: 0,
    fontSize: FONT_PX,
    color: CHART_COLORS.text,
    formatter: (p: { data?: unknown }) => (p.data as FigureDatum | undefined)?.cellText ?? '',
  }) as const;

const common = { type: 'scatter', animation: false, silent: true, emphasis: { disabled: true } } as const;

/** Points that only carry a text (an invisible one-pixel mark). */
function textSeries(
  id: string,
  position: 'inside' | 'right',
  data: FigureDatum[],
  bold = false,
): ScatterSeriesOption {
  return {
    ...common,
    id,
    symbolSize: 1,
    itemStyle: { color: 'rgba(0,0,0,0)' },
    label: { ...textLabel(position), ...(bold ? { fontWeight: 'bold' } : {}) },
    data,
  };
}

/** Every series of the figure. */
export function buildLeagueFigureSeries(
  rows: LeagueFigureRows,
  geometry: LeagueFigureGeometry,
  selectedCode: string | null,
  i18n: I18n,
): ScatterSeriesOption[] {
  const { t } = i18n;
  const centredHeaders: FigureDatum[] = [
    { value: [geometry.rankCentre, HEADER_ROW], cellText: t('nation.col.rank') },
    ...rows.columns.map((column, index): FigureDatum => ({
      value: [geometry.scoreCentre(index), HEADER_ROW],
      cellText: column,
    })),
  ];
  const nameHeader: FigureDatum = {
    value: [geometry.nameLeft, HEADER_ROW],
    cellText: t('nation.col.province'),
  };
  const bold = (code: string) => (code === selectedCode ? { label: { fontWeight: 'bold' as const } } : {});
  const ranks = rows.rows.map((row, index): FigureDatum => ({
    value: [geometry.rankCentre, index],
    cellText: row.rank === null ? '–' : String(row.rank),
    ...bold(row.code),
  }));
  const names = rows.rows.map((row, index): FigureDatum => ({
    value: [geometry.nameLeft, index],
    cellText: figureRowName(row, i18n.lang),
    ...bold(row.code),
  }));
  const cellsOf = (group: string) =>
    rows.rows.flatMap((row, index) =>
      row.cells.flatMap((cell, column): FigureDatum[] =>
        cell === null || cell.group !== group
          ? []
          : [{ value: [geometry.scoreCentre(column), index], cellText: i18n.formatNumber(cell.score) }],
      ),
    );
  return [
    ...GROUPS_HIGH_TO_LOW.map((group): ScatterSeriesOption => ({
      ...common,
      id: `group-${group}`,
      name: t(`group.${group}`),
      symbol: 'rect',
      symbolSize: [geometry.scoreColumnPx - 2, ROW_PX - 2],
      itemStyle: { color: PAPI_GROUP_COLORS[group], opacity: 1 },
      label: textLabel('inside'),
      data: cellsOf(group),
    })),
    textSeries('header', 'inside', centredHeaders, true),
    textSeries('header-name', 'right', [nameHeader], true),
    textSeries('ranks', 'inside', ranks),
    textSeries('names', 'right', names),
  ];
}
