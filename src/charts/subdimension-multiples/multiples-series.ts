// Each panel's two lines (the national median dashed, the province solid), broken where the part's
// definition changes, so a line never joins two definitions.
import type { LineSeriesOption } from 'echarts/charts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { IndicatorSegment } from '../indicator-trend/indicator-trend-rows.ts';
import { splitIndicatorSegments, valuesInSegment } from '../indicator-trend/indicator-trend-rows.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { CHART_COLORS } from '../palette.ts';
import { buildPanelPredecessorSeries } from './multiples-predecessors.ts';
import type { MultiplesRows, PartPoint } from './multiples-rows.ts';
import { hasOwnPartScores } from './multiples-rows.ts';

/** The part's comparable runs of years (splitIndicatorSegments reads only the median and comparability). */
function partSegments(rows: MultiplesRows, byYear: ReadonlyMap<number, PartPoint>) {
  return splitIndicatorSegments(
    rows.years.map((year) => {
      const p = byYear.get(year);
      const median = p?.nationalMedian ?? null;
      return {
        year,
        nationalMedian: median,
        nationalMin: median,
        nationalMax: median,
        nationalP25: median,
        nationalP75: median,
        comparableWithPrevious: p?.comparableWithPrevious ?? false,
      };
    }),
  );
}

/**
 * The series of every panel; panel i draws on axes i. A province without any score draws no line of its own
 * (a new unit), so its legend entry never names a line that is not there; its predecessors draw instead.
 */
export function buildMultiplesSeries(
  rows: MultiplesRows,
  provinceName: string,
  i18n: I18n,
): LineSeriesOption[] {
  const ownLine = hasOwnPartScores(rows);
  return rows.parts.flatMap((part, index) => {
    const byYear = new Map(rows.points.filter((p) => p.indicator === part.code).map((p) => [p.year, p]));
    return partSegments(rows, byYear).flatMap((segment): LineSeriesOption[] => [
      {
        id: `median-${part.code}-${segment.firstYear}`,
        name: i18n.t('chart.trend.median'),
        type: 'line',
        xAxisIndex: index,
        yAxisIndex: index,
        data: valuesInSegment(rows.years, segment, byYear, (p) => roundAsPublished(p.nationalMedian)),
        lineStyle: { color: CHART_COLORS.nationalMedian, type: 'dashed', width: 1 },
        itemStyle: { color: CHART_COLORS.nationalMedian },
        symbol: 'none',
      },
      ...buildPanelPredecessorSeries(rows, part.code, index, segment),
      ...(ownLine ? [provinceSeries(rows, part.code, index, segment, byYear, provinceName)] : []),
    ]);
  });
}

/** The province's own line in one panel and segment. */
function provinceSeries(
  rows: MultiplesRows,
  partCode: string,
  index: number,
  segment: IndicatorSegment,
  byYear: ReadonlyMap<number, PartPoint>,
  provinceName: string,
): LineSeriesOption {
  return {
    id: `province-${partCode}-${segment.firstYear}`,
    name: provinceName,
    type: 'line',
    xAxisIndex: index,
    yAxisIndex: index,
    data: valuesInSegment(rows.years, segment, byYear, (p) =>
      p.score === null ? null : roundAsPublished(p.score),
    ),
    lineStyle: { color: CHART_COLORS.province, width: 2 },
    itemStyle: { color: CHART_COLORS.province },
    symbol: 'circle',
    symbolSize: 4,
    showAllSymbol: true,
  };
}
