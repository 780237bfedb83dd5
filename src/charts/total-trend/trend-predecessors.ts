// A new province's predecessors in the total's trend: each old unit its own labelled line, only before the
// province's own first scored year, cut at the same definition breaks as the province's line (2018), never
// joined to it, never summed or averaged. Appended by the builder as extra series.
import type { LineSeriesOption } from 'echarts/charts';
import type { TotalTrendPoint } from '../../domain/types.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import type { PredecessorLine } from './predecessor-style.ts';
import { isBeforeOwnScores, predecessorStyle } from './predecessor-style.ts';
import { endLabelText } from '../end-labels.ts';
import type { TrendSegment } from './trend-segments.ts';

/** One predecessor's official totals by year (rank among the units scored that year). */
export interface PredecessorTotals extends PredecessorLine {
  totals: readonly { year: number; score: number; rank: number; scoredCount: number }[];
}

/** The province's first scored year in the trend rows; null while it has none. */
export function ownFirstTotalYear(points: readonly TotalTrendPoint[]): number | null {
  const years = points.filter((p) => p.score != null).map((p) => p.year);
  return years.length === 0 ? null : Math.min(...years);
}

/** The predecessors with at least one total to draw. */
export function drawnPredecessorTotals(
  points: readonly TotalTrendPoint[],
  predecessors: readonly PredecessorTotals[] | undefined,
): PredecessorTotals[] {
  const first = ownFirstTotalYear(points);
  return (predecessors ?? []).filter((p) => p.totals.some((row) => isBeforeOwnScores(row.year, first)));
}

/** One line per predecessor and segment, labelled at its end in the last segment it appears in. */
export function buildPredecessorTotalSeries(
  years: readonly number[],
  segments: readonly TrendSegment[],
  points: readonly TotalTrendPoint[],
  predecessors: readonly PredecessorTotals[] | undefined,
): LineSeriesOption[] {
  const first = ownFirstTotalYear(points);
  return (predecessors ?? []).flatMap((predecessor, index) => {
    const { color, symbol } = predecessorStyle(index);
    const byYear = new Map(predecessor.totals.map((row) => [row.year, row.score]));
    const valuesOf = (segment: TrendSegment): (number | null)[] =>
      years.map((year) => {
        const score = byYear.get(year);
        const inside = year >= segment.firstYear && year <= segment.lastYear;
        return inside && score !== undefined && isBeforeOwnScores(year, first)
          ? roundAsPublished(score)
          : null;
      });
    const drawn = segments.filter((segment) => valuesOf(segment).some((value) => value !== null));
    return drawn.map((segment, at): LineSeriesOption => ({
      id: `predecessor-${predecessor.code}-${segment.firstYear}`,
      name: predecessor.name,
      type: 'line',
      data: valuesOf(segment),
      connectNulls: false,
      lineStyle: { color, width: 2 },
      itemStyle: { color },
      symbol,
      symbolSize: 7,
      showAllSymbol: true,
      endLabel: {
        show: at === drawn.length - 1,
        formatter: predecessor.name,
        color,
        ...endLabelText(11),
        fontWeight: 'bold',
      },
      // End labels of close lines move apart instead of printing over each other.
      labelLayout: { moveOverlap: 'shiftY' },
      z: 4,
    }));
  });
}
