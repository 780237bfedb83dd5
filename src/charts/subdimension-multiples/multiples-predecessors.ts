// A new unit's predecessors in the small multiples: in each panel, each old unit that formed it is its own
// line in its own colour and marker (the trends' predecessor style), broken where the part's definition
// changes; never joined, summed or averaged.
import type { LineSeriesOption } from 'echarts/charts';
import type { IndicatorSegment } from '../indicator-trend/indicator-trend-rows.ts';
import { valuesInSegment } from '../indicator-trend/indicator-trend-rows.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { predecessorStyle } from '../total-trend/predecessor-style.ts';
import type { MultiplesRows } from './multiples-rows.ts';

/** The predecessors' lines of one panel (`index`) in one comparable segment of its part. */
export function buildPanelPredecessorSeries(
  rows: MultiplesRows,
  partCode: string,
  index: number,
  segment: IndicatorSegment,
): LineSeriesOption[] {
  return (rows.predecessors ?? []).map((predecessor, order) => {
    const { color, symbol } = predecessorStyle(order);
    const byYear = new Map(
      predecessor.points.filter((p) => p.indicator === partCode).map((p) => [p.year, p]),
    );
    return {
      id: `predecessor-${predecessor.code}-${partCode}-${segment.firstYear}`,
      name: predecessor.name,
      type: 'line',
      xAxisIndex: index,
      yAxisIndex: index,
      data: valuesInSegment(rows.years, segment, byYear, (p) =>
        p.score === null ? null : roundAsPublished(p.score),
      ),
      lineStyle: { color, width: 1.5 },
      itemStyle: { color },
      symbol,
      symbolSize: 5,
      showAllSymbol: true,
    };
  });
}
