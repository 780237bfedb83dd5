// How much room a wrapping ECharts legend takes: one estimate for every builder that places a plot under it.

/** Height of one legend row at the 12 px legend text. */
export const LEGEND_ROW_HEIGHT_PX = 22;

/** How many rows a legend wraps into at `widthPx` (icon + gap ≈ 40 px, ~7 px per character at 12 px). */
export function estimateLegendRows(names: readonly string[], widthPx: number): number {
  const itemsWidth = names.reduce((sum, name) => sum + 40 + name.length * 7, 0);
  return Math.max(1, Math.ceil(itemsWidth / Math.max(200, widthPx - 40)));
}
