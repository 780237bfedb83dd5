// The league table as a finished figure (issue 22 part 1: "a finished PNG/SVG figure for slides"): the table as
// shown, each score on its group's colour, a legend naming the four groups, with the frame's title and source.
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { CHART_COLORS } from '../palette.ts';
import { GROUPS_HIGH_TO_LOW } from '../../domain/papi-groups.ts';
import { describeLeagueFigure } from './league-figure-description.ts';
import { FIGURE_LEGEND_PX, leagueFigureGeometry, ROW_PX } from './league-figure-geometry.ts';
import type { LeagueFigureRows, LeagueFigureSettings } from './league-figure-rows.ts';
import { buildLeagueFigureSeries } from './league-figure-series.ts';

export function buildLeagueFigureOption(
  rows: LeagueFigureRows,
  settings: LeagueFigureSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const frame = buildDescribedFrame(describeLeagueFigure(rows, settings, i18n), settings, i18n);
  const geometry = leagueFigureGeometry(settings.widthPx, rows.columns.length);
  const rowCount = rows.rows.length;
  return {
    ...frame.option,
    legend: {
      top: frame.topPx + 4,
      left: geometry.left,
      selectedMode: false,
      itemWidth: 14,
      itemHeight: 10,
      textStyle: { fontSize: 12, color: CHART_COLORS.text },
      data: GROUPS_HIGH_TO_LOW.map((group) => i18n.t(`group.${group}`)),
    },
    grid: {
      left: geometry.left,
      top: frame.topPx + FIGURE_LEGEND_PX,
      width: geometry.widthPx,
      height: (rowCount + 1) * ROW_PX,
      containLabel: false,
    },
    // Pixels across; rows down, the header as row -1.
    xAxis: { type: 'value', min: 0, max: geometry.widthPx, show: false },
    yAxis: { type: 'value', min: -1.5, max: Math.max(0, rowCount - 0.5), inverse: true, show: false },
    series: buildLeagueFigureSeries(rows, geometry, settings.selectedCode, i18n),
  };
}
