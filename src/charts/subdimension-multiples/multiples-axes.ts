// One x and one y axis per panel, every y axis on the same range so panels compare at a glance.
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS } from '../palette.ts';
import type { PanelGrid } from './multiples-layout.ts';
import type { MultiplesRows } from './multiples-rows.ts';

/** The shared y range: every score (the predecessors' too) and median, widened to the half point. */
function sharedRange(rows: MultiplesRows): { min: number; max: number } {
  const points = [...rows.points, ...(rows.predecessors ?? []).flatMap((p) => p.points)];
  const values = points.flatMap((p) => (p.score === null ? [p.nationalMedian] : [p.score, p.nationalMedian]));
  return {
    min: Math.floor(Math.min(...values, Infinity) * 2) / 2,
    max: Math.ceil(Math.max(...values, -Infinity) * 2) / 2,
  };
}

export function buildMultiplesAxes(rows: MultiplesRows, grids: readonly PanelGrid[], i18n: I18n) {
  const { min, max } = sharedRange(rows);
  const axisYears = rows.years.map(String);
  return {
    xAxis: grids.map((_, index) => ({
      type: 'category',
      gridIndex: index,
      data: axisYears,
      boundaryGap: false,
      axisLabel: { color: CHART_COLORS.text, fontSize: 9, interval: 'auto' },
    })),
    yAxis: grids.map((_, index) => ({
      type: 'value',
      gridIndex: index,
      min,
      max,
      splitNumber: 3,
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: { color: CHART_COLORS.text, fontSize: 9, formatter: (v: number) => i18n.formatNumber(v, 1) },
    })),
  };
}
