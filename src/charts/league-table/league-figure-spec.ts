// The league table figure as a chart spec: the chart wrapper draws it, and its export menu re-renders it as a
// slide PNG (1920×1080, a wide layout scaled down: the table keeps its row height), a PNG, an SVG and a CSV.
import type { ChartSpec } from '../chart-spec.ts';
import { buildLeagueFigureOption } from './build-league-figure-option.ts';
import { describeLeagueFigure } from './league-figure-description.ts';
import { leagueFigureHeightPx, leagueFigureMinWidthPx } from './league-figure-geometry.ts';
import type { LeagueFigureRows, LeagueFigureSettings } from './league-figure-rows.ts';
import { buildLeagueFigureTable } from './league-figure-table.ts';

export const LEAGUE_FIGURE_CHART_ID = 'chart-league-table';

export function createLeagueFigureSpec(
  rows: LeagueFigureRows,
  settings: LeagueFigureSettings,
): ChartSpec<LeagueFigureRows, LeagueFigureSettings> {
  return {
    id: LEAGUE_FIGURE_CHART_ID,
    rows,
    settings: { ...settings, indicatorLabel: rows.indicatorLabel },
    build: buildLeagueFigureOption,
    toTable: buildLeagueFigureTable,
    describe: describeLeagueFigure,
    drawsProgress: false,
    heightPx: leagueFigureHeightPx(rows.rows.length),
    minWidthPx: leagueFigureMinWidthPx(rows.columns.length),
    exportName: { province: '', indicator: rows.indicatorLabel, years: String(rows.year) },
  };
}
