// The trend's series, one set per comparable segment: group bands (stacked areas), national median, province.
import type { LineSeriesOption } from 'echarts/charts';
import type { TotalTrendPoint } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { CHART_COLORS, GROUP_BAND_COLORS } from '../palette.ts';
import type { TrendSegment } from './trend-segments.ts';
import { segmentValues } from './trend-segments.ts';

/** Series ids, stable so tests and exports can find them; a segment is named by its first year. */
export const TOTAL_TREND_SERIES = {
  province: (firstYear: number) => `province-${firstYear}`,
  median: (firstYear: number) => `median-${firstYear}`,
  band: (firstYear: number, band: string) => `band-${firstYear}-${band}`,
} as const;

/** Bands from the bottom up: each is the difference to the previous cut, stacked on the national minimum. */
export const GROUP_BANDS: readonly {
  id: keyof typeof GROUP_BAND_COLORS;
  label: MessageKey;
  lower: (p: TotalTrendPoint) => number;
  upper: (p: TotalTrendPoint) => number;
}[] = [
  { id: 'low', label: 'chart.trend.band.low', lower: (p) => p.nationalMin, upper: (p) => p.p25 },
  { id: 'lowerMiddle', label: 'chart.trend.band.lowerMiddle', lower: (p) => p.p25, upper: (p) => p.p50 },
  { id: 'upperMiddle', label: 'chart.trend.band.upperMiddle', lower: (p) => p.p50, upper: (p) => p.p75 },
  { id: 'high', label: 'chart.trend.band.high', lower: (p) => p.p75, upper: (p) => p.nationalMax },
];

const rounded =
  (pick: (p: TotalTrendPoint) => number | null) =>
  (p: TotalTrendPoint): number | null => {
    const value = pick(p);
    return value == null ? null : roundAsPublished(value);
  };

/** The four group bands of one segment, stacked on an invisible base at the national minimum. */
export function buildBandSeries(
  years: readonly number[],
  segment: TrendSegment,
  i18n: I18n,
): LineSeriesOption[] {
  const stack = `bands-${segment.firstYear}`;
  const base: LineSeriesOption = {
    id: TOTAL_TREND_SERIES.band(segment.firstYear, 'base'),
    type: 'line',
    stack,
    data: segmentValues(
      years,
      segment,
      rounded((p) => p.nationalMin),
    ),
    lineStyle: { opacity: 0 },
    symbol: 'none',
    silent: true,
    tooltip: { show: false },
    z: 1,
  };
  return [
    base,
    ...GROUP_BANDS.map((band): LineSeriesOption => ({
      id: TOTAL_TREND_SERIES.band(segment.firstYear, band.id),
      name: i18n.t(band.label),
      type: 'line',
      stack,
      data: segmentValues(
        years,
        segment,
        rounded((p) => band.upper(p) - band.lower(p)),
      ),
      lineStyle: { opacity: 0 },
      areaStyle: { color: GROUP_BAND_COLORS[band.id], opacity: 1 },
      itemStyle: { color: GROUP_BAND_COLORS[band.id] },
      symbol: 'none',
      silent: true,
      z: 1,
    })),
  ];
}

/** The national median of one segment, dashed. */
export function buildMedianSeries(
  years: readonly number[],
  segment: TrendSegment,
  name: string,
): LineSeriesOption {
  return {
    id: TOTAL_TREND_SERIES.median(segment.firstYear),
    name,
    type: 'line',
    data: segmentValues(
      years,
      segment,
      rounded((p) => p.nationalMedian),
    ),
    connectNulls: false,
    lineStyle: { color: CHART_COLORS.nationalMedian, type: 'dashed', width: 1.5 },
    itemStyle: { color: CHART_COLORS.nationalMedian },
    symbol: 'none',
    z: 3,
  };
}

/** The province's total in one segment: a thick line with a marker on every scored year. */
export function buildProvinceSeries(
  years: readonly number[],
  segment: TrendSegment,
  name: string,
): LineSeriesOption {
  return {
    id: TOTAL_TREND_SERIES.province(segment.firstYear),
    name,
    type: 'line',
    data: segmentValues(
      years,
      segment,
      rounded((p) => p.score),
    ),
    connectNulls: false,
    lineStyle: { color: CHART_COLORS.province, width: 3 },
    itemStyle: { color: CHART_COLORS.province },
    symbol: 'circle',
    symbolSize: 7,
    // A year between two missing years is a lone point: its symbol is all there is, so never thin them out.
    showAllSymbol: true,
    z: 5,
  };
}
