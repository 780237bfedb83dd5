// A new province's predecessors in the indicator trend: each old unit its own labelled line, from the shared
// panel of scores, only before the province's own first scored year; never joined to the province's line,
// never summed or averaged. A separate function, so other extra series (a target line) can sit beside it.
import type { LineSeriesOption } from 'echarts/charts';
import { roundAsPublished } from '../../domain/papi.ts';
import { isBeforeOwnScores, predecessorStyle } from '../total-trend/predecessor-style.ts';
import { endLabelText } from '../end-labels.ts';
import type {
  IndicatorPanelRow,
  IndicatorSegment,
  IndicatorTrendRows,
  IndicatorTrendSettings,
} from './indicator-trend-rows.ts';
import { provinceRowsByYear, valuesInSegment } from './indicator-trend-rows.ts';

/** The first year the province itself is scored on the indicator; null while it has no score. */
export function ownFirstYear(panel: readonly IndicatorPanelRow[], provinceCode: string): number | null {
  let first: number | null = null;
  for (const row of panel) {
    if (row.provinceCode === provinceCode && (first === null || row.year < first)) first = row.year;
  }
  return first;
}

/** The predecessors that have at least one score to draw. */
export function drawnPredecessors(rows: IndicatorTrendRows, settings: IndicatorTrendSettings) {
  const first = ownFirstYear(rows.panel, settings.provinceCode);
  return (settings.predecessors ?? []).filter((p) =>
    rows.panel.some((r) => r.provinceCode === p.code && isBeforeOwnScores(r.year, first)),
  );
}

/** One line per predecessor in one comparable segment, with its label at the end of the last segment. */
export function buildPredecessorSeries(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings,
  axisYears: readonly number[],
  segment: IndicatorSegment,
  isLastSegment: boolean,
): LineSeriesOption[] {
  const first = ownFirstYear(rows.panel, settings.provinceCode);
  return (settings.predecessors ?? []).map((predecessor, index) => {
    const { color, symbol } = predecessorStyle(index);
    return {
      id: `predecessor-${predecessor.code}-${segment.firstYear}`,
      name: predecessor.name,
      type: 'line',
      data: valuesInSegment(axisYears, segment, provinceRowsByYear(rows.panel, predecessor.code), (r) =>
        isBeforeOwnScores(r.year, first) ? roundAsPublished(r.score) : null,
      ),
      connectNulls: false,
      lineStyle: { color, width: 2 },
      itemStyle: { color },
      symbol,
      symbolSize: 7,
      showAllSymbol: true,
      endLabel: {
        show: isLastSegment,
        formatter: predecessor.name,
        color,
        ...endLabelText(11),
        fontWeight: 'bold',
      },
      // End labels of close lines move apart instead of printing over each other.
      labelLayout: { moveOverlap: 'shiftY' },
      z: 5,
    };
  });
}
