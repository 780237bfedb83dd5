// The colour scale and its legend, which says what the colour means: rank 1 (best) or a high score is blue.
import type { I18n } from '../../i18n/create-i18n.ts';
import { CHART_COLORS, OKABE_ITO } from '../palette.ts';
import type { HeatmapRows } from './heatmap-rows.ts';

/** Good → poor: blue, pale, vermillion (Okabe-Ito ends, readable with colour blindness). */
const GOOD_TO_POOR = [OKABE_ITO.blue, '#F2F2F2', OKABE_ITO.vermillion];

/** The visual map, laid out under the plot, above the frame's bottom (`bottomPx`). */
export function buildHeatmapColourScale(
  rows: HeatmapRows,
  byRank: boolean,
  place: { widthPx: number; bottomPx: number },
  i18n: I18n,
) {
  const { t } = i18n;
  const values = rows.cells.map((c) => (byRank ? c.rank : c.score));
  const maxRank = Math.max(1, ...rows.cells.map((c) => c.scoredCount));
  const min = byRank ? 1 : Math.floor(Math.min(...values, 10));
  const max = byRank ? maxRank : Math.ceil(Math.max(...values, 1));
  return {
    type: 'continuous',
    // No cell, no scale: an empty heatmap never reads "Hạng 1 … Hạng 1".
    show: rows.cells.length > 0,
    min,
    max,
    calculable: false,
    orient: 'horizontal',
    left: 'center',
    bottom: place.bottomPx + 8,
    itemHeight: Math.min(240, place.widthPx - 160),
    // rank: 1 is best (blue); score: higher is better (blue).
    inRange: { color: byRank ? GOOD_TO_POOR : [...GOOD_TO_POOR].reverse() },
    text: byRank
      ? [t('dimensions.heatmap.rankLow', { count: maxRank }), t('dimensions.heatmap.rankHigh')]
      : [t('dimensions.heatmap.scoreHigh', { value: max }), t('dimensions.heatmap.scoreLow', { value: min })],
    textStyle: { color: CHART_COLORS.text },
  };
}
