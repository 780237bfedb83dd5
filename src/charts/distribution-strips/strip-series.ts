// One strip's series: a dot per scored unit (in three lanes by rank, so equal scores stay visible), the
// region's peers and the selected unit drawn over them, the median as a thick tick, the quartile cuts as thin ones.
import type { ScatterSeriesOption } from 'echarts/charts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { STRIP_COLORS } from '../palette.ts';
import type { TileUnit } from '../tile-map/tile-map-rows.ts';
import type { StripPanel, StripRole } from './strip-rows.ts';
import { roleOf } from './strip-rows.ts';

/** What a drawn mark carries for the tooltip: a unit of a panel, or a cut. */
export interface StripDatum {
  value: [score: number, lane: number];
  panel: number;
  code?: string;
  cut?: 'p25' | 'median' | 'p75';
}

const DOT: Readonly<Record<StripRole, { size: number; color: string; z: number }>> = {
  other: { size: 7, color: STRIP_COLORS.province, z: 2 },
  peer: { size: 10, color: STRIP_COLORS.peer, z: 3 },
  selected: { size: 14, color: STRIP_COLORS.selected, z: 4 },
};

/** The strip's series names in the legend's order. */
export function stripSeriesNames(i18n: I18n) {
  const { t } = i18n;
  return {
    other: t('nationMap.strips.others'),
    peer: t('nationMap.strips.peers'),
    selected: t('nationMap.strips.selected'),
    median: t('nationMap.strips.median'),
    quartiles: t('nationMap.strips.quartiles'),
  } as const;
}

/** Three lanes (-0.4, 0, 0.4) by rank, so units with near-equal scores sit apart; the selected one in the middle. */
const laneOf = (unit: TileUnit, role: StripRole): number =>
  role === 'selected' ? 0 : (((unit.rank ?? 0) % 3) - 1) * 0.4;

export function buildStripSeries(
  panel: StripPanel,
  panelIndex: number,
  selected: TileUnit | undefined,
  i18n: I18n,
): ScatterSeriesOption[] {
  const names = stripSeriesNames(i18n);
  const scored = panel.units.filter((u) => u.score !== null);
  const axes = { xAxisIndex: panelIndex, yAxisIndex: panelIndex, animation: false } as const;
  const dots = (role: StripRole): ScatterSeriesOption => ({
    ...axes,
    type: 'scatter',
    id: `${role}-${panelIndex}`,
    name: names[role],
    symbolSize: DOT[role].size,
    z: DOT[role].z,
    itemStyle:
      role === 'selected'
        ? { color: DOT[role].color, borderColor: '#FFFFFF', borderWidth: 2, opacity: 1 }
        : { color: DOT[role].color, opacity: 1 },
    data: scored
      .filter((u) => roleOf(u, selected) === role)
      .map((u): StripDatum => ({ value: [u.score ?? 0, laneOf(u, role)], panel: panelIndex, code: u.code })),
  });
  const cut = (which: 'p25' | 'median' | 'p75') => {
    const value = panel[which];
    return value === null ? [] : [{ value: [value, 0], panel: panelIndex, cut: which } satisfies StripDatum];
  };
  return [
    dots('other'),
    dots('peer'),
    dots('selected'),
    {
      ...axes,
      type: 'scatter',
      id: `quartiles-${panelIndex}`,
      name: names.quartiles,
      symbol: 'rect',
      symbolSize: [2, 26],
      z: 1,
      itemStyle: { color: STRIP_COLORS.quartile, opacity: 1 },
      data: [...cut('p25'), ...cut('p75')],
    },
    {
      ...axes,
      type: 'scatter',
      id: `median-${panelIndex}`,
      name: names.median,
      symbol: 'rect',
      symbolSize: [4, 30],
      z: 1,
      itemStyle: { color: STRIP_COLORS.median, opacity: 1 },
      data: cut('median'),
    },
  ];
}
