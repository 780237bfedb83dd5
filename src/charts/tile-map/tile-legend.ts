// What the colour means, above the map(s): the four groups (and "no score") as a legend, or the score scale.
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS, SCORE_SCALE_COLORS } from '../palette.ts';
import { LEGEND_SECOND_LINE_PX, legendWraps } from './tile-geometry.ts';
import { SCORED_SERIES_PREFIX } from './tile-series.ts';
import type { TileColouring, TilePanel } from './tile-map-rows.ts';
import { GROUPS_HIGH_TO_LOW } from '../../domain/papi-groups.ts';

/** The legend or the visual map, `topPx` from the top of a figure `widthPx` wide, for the series `seriesIds`. */
export function buildTileLegend(
  colour: TileColouring,
  panels: readonly TilePanel[],
  seriesIds: readonly string[],
  { topPx, widthPx }: { topPx: number; widthPx: number },
  i18n: I18n,
) {
  const { t } = i18n;
  const anyUnscored = panels.some((p) => p.units.some((u) => u.score === null));
  const legend = {
    top: topPx + 8,
    icon: 'rect',
    itemWidth: 14,
    itemHeight: 14,
    // Clicking a group would hide its squares and leave holes in the map: the legend only names colours.
    selectedMode: false,
    textStyle: { color: CHART_COLORS.text },
    data: [
      ...(colour === 'group' ? GROUPS_HIGH_TO_LOW.map((group) => t(`group.${group}`)) : []),
      ...(anyUnscored ? [t('nationMap.noScore')] : []),
    ],
  };
  // An id, so a redraw updates the legend in place (TILE_REPLACE_MERGE); one per colouring, whose items and
  // place differ, so a switch of colouring draws a new legend rather than one merged from both.
  if (colour === 'group') return { legend: { ...legend, id: 'legend-group', left: 'center' } };
  const scores = panels.flatMap((p) => p.units.flatMap((u) => (u.score === null ? [] : [u.score])));
  const min = scores.length === 0 ? 0 : Math.floor(Math.min(...scores) * 10) / 10;
  const max = scores.length === 0 ? 1 : Math.ceil(Math.max(...scores) * 10) / 10;
  // Where the figure is too narrow for the scale and "no score" side by side, "no score" takes the second line.
  const noScorePlace = legendWraps(widthPx)
    ? { left: 'center', top: legend.top + LEGEND_SECOND_LINE_PX }
    : { right: 16 };
  return {
    legend: { ...legend, id: 'legend-score', ...noScorePlace },
    visualMap: {
      id: 'score-scale',
      type: 'continuous',
      min,
      max,
      dimension: 2,
      // By id, not index: a replace by id keeps the drawn series' indices, which need not be the option's order.
      seriesId: seriesIds.filter((id) => id.startsWith(SCORED_SERIES_PREFIX)),
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      top: topPx + 6,
      itemHeight: 180,
      itemWidth: 12,
      inRange: { color: [...SCORE_SCALE_COLORS] },
      text: [
        t('nationMap.scoreHigh', { value: i18n.formatNumber(max, 1) }),
        t('nationMap.scoreLow', { value: i18n.formatNumber(min, 1) }),
      ],
      textStyle: { color: CHART_COLORS.text },
    },
  };
}
