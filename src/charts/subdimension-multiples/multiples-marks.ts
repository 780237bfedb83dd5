// The marks around the panels: each panel's title above it, and the legend naming the two lines.
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS } from '../palette.ts';
import { PANEL_TITLE, type MultiplesLayout } from './multiples-layout.ts';
import type { MultiplesRows } from './multiples-rows.ts';
import { multiplesLegendNames } from './multiples-rows.ts';

/** A title per panel, wrapped (never cut) to the panel's width, in the room the layout keeps above it. */
export function buildPanelTitles(rows: MultiplesRows, layout: MultiplesLayout) {
  return rows.parts.map((part, index) => ({
    text: part.label,
    left: layout.grids[index]?.left ?? 0,
    top: (layout.grids[index]?.top ?? 0) - layout.titleRoomPx + 4,
    padding: 0,
    textStyle: {
      fontSize: PANEL_TITLE.fontPx,
      lineHeight: PANEL_TITLE.linePx,
      fontWeight: 'bold' as const,
      color: CHART_COLORS.text,
      width: layout.titleWidthPx,
      overflow: 'break' as const,
    },
  }));
}

/** The drawn lines' names (multiplesLegendNames), centred above the panels (none without a panel). */
export function buildMultiplesLegend(
  rows: MultiplesRows,
  provinceName: string,
  layout: MultiplesLayout,
  i18n: I18n,
) {
  return {
    data: multiplesLegendNames(rows, provinceName, i18n.t('chart.trend.median')),
    top: layout.legendTopPx,
    left: 'center',
    textStyle: { color: CHART_COLORS.text },
  };
}
