// The scatter's point labels ("4", "8") stacked apart where points sit close: at a period with no task done yet
// every dimension is at 0 %, two with the same change were drawn on one spot with their labels on top of each
// other, and a dot hidden under another had no visible label at all. ECharts' labelLayout moveOverlap left them
// in place (checked in its SVG output), so the labels are moved here, in pixels worked out from the axes.

/** A drawn point: where it is in pixels, from the plot's top-left. */
export interface PlacedPoint {
  xPx: number;
  yPx: number;
}

/** Labels this close across are in one column (a label is one or two digits to the right of its dot). */
const SAME_COLUMN_PX = 20;
/** Centre to centre: a 12 px label and a pixel of air. */
const LABEL_GAP_PX = 13;

/**
 * The vertical offset (px) of each point's label, in `points`' order: labels of points in one column keep their
 * order top to bottom and are spread at least LABEL_GAP_PX apart, the group centred where its points are.
 */
export function spreadLabelOffsets(points: readonly PlacedPoint[]): number[] {
  const xOf = (index: number): number => points[index]?.xPx ?? 0;
  const offsets = points.map(() => 0);
  const columns: number[][] = [];
  for (const index of points.map((_, i) => i).sort((a, b) => xOf(a) - xOf(b))) {
    const column = columns.at(-1);
    if (column !== undefined && xOf(index) - xOf(column[0] ?? index) < SAME_COLUMN_PX) column.push(index);
    else columns.push([index]);
  }
  for (const column of columns) spreadColumn(column, points, offsets);
  return offsets;
}

/**
 * Labels of one column, top to bottom: each group of labels is spaced LABEL_GAP_PX apart around its points'
 * middle, and a group that would reach the next is merged with it until none does.
 */
function spreadColumn(column: readonly number[], points: readonly PlacedPoint[], offsets: number[]): void {
  const yOf = (index: number): number => points[index]?.yPx ?? 0;
  const byY = [...column].sort((a, b) => yOf(a) - yOf(b) || a - b);
  const firstLabel = (group: readonly number[]): number => {
    const ys = group.map(yOf);
    return (Math.min(...ys) + Math.max(...ys)) / 2 - ((group.length - 1) / 2) * LABEL_GAP_PX;
  };
  const groups: number[][] = [];
  for (const index of byY) {
    groups.push([index]);
    // Merge backwards while the last two groups' labels would come closer than the gap.
    for (;;) {
      const last = groups.at(-1);
      const before = groups.at(-2);
      if (last === undefined || before === undefined) break;
      const beforeEnd = firstLabel(before) + (before.length - 1) * LABEL_GAP_PX;
      if (firstLabel(last) - beforeEnd >= LABEL_GAP_PX) break;
      groups.splice(-2, 2, [...before, ...last]);
    }
  }
  for (const group of groups) {
    const top = firstLabel(group);
    group.forEach((index, k) => (offsets[index] = top + k * LABEL_GAP_PX - yOf(index)));
  }
}
