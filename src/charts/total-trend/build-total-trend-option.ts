// The total's trend for one province over the national group bands, broken wherever the rows say two
// consecutive years are not comparable (e.g. 2018: 6 → 8 dimensions), each part built by its own module.
import type { LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { TotalTrendPoint } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { endLabelRoomPx, fitEndLabels } from '../end-labels.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartRenderSettings } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import { buildTrendAxes, buildTrendLayout, TREND_GRID_LEFT_PX, TREND_GRID_RIGHT_PX } from './trend-axes.ts';
import { describeTotalTrend } from './trend-description.ts';
import { buildSegmentMarks } from './trend-marks.ts';
import { buildBandSeries, buildMedianSeries, buildProvinceSeries, GROUP_BANDS } from './trend-series.ts';
import type { PredecessorTotals } from './trend-predecessors.ts';
import {
  buildPredecessorTotalSeries,
  drawnPredecessorTotals,
  ownFirstTotalYear,
} from './trend-predecessors.ts';
import { listAxisYears, splitComparableSegments } from './trend-segments.ts';
import { buildTrendTooltipFormatter } from './trend-tooltip.ts';

export interface TotalTrendSettings {
  provinceName: string;
  /** The source line when the caption is embedded; defaults to the PAPI source. */
  source?: string | undefined;
  /** The frame's note slot (e.g. a sample-data warning) when the caption is embedded. */
  note?: string | undefined;
  /** A new province's predecessors (old units) with their totals: each drawn as its own labelled line before the province's own scores. */
  predecessors?: readonly PredecessorTotals[] | undefined;
  /** The sentence saying how the predecessors are drawn (added to the subtitle when any is drawn). */
  predecessorNote?: string | undefined;
}

/** The option for the total-score trend; pure, so it renders the same in the page, in exports and in Node tests. */
export function buildTotalTrendOption(
  points: readonly TotalTrendPoint[],
  settings: TotalTrendSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const years = listAxisYears(points);
  const segments = splitComparableSegments(points);
  const provinceName = settings.provinceName;
  const medianName = t('chart.trend.median');
  const description = describeTotalTrend(points, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const predecessorNames = drawnPredecessorTotals(points, settings.predecessors).map((p) => p.name);
  const predecessorSeries = buildPredecessorTotalSeries(years, segments, points, settings.predecessors);
  // Room on the right for the predecessors' end labels (as the indicator trend keeps for its peers): the periods'
  // labels wrap within what is left, or on a phone they ran into each other.
  const gridRight = endLabelRoomPx(predecessorSeries, settings.widthPx, TREND_GRID_RIGHT_PX);
  const markLayout = {
    plotWidthPx: settings.widthPx - TREND_GRID_LEFT_PX - gridRight,
    axisSpanYears: years.length - 1,
  };
  // Bands first (drawn lowest), then medians, then the province on top.
  const series: LineSeriesOption[] = [
    ...segments.flatMap((segment) => buildBandSeries(years, segment, i18n)),
    ...segments.map((segment) => buildMedianSeries(years, segment, medianName)),
    ...segments.map((segment, index) => ({
      ...buildProvinceSeries(years, segment, provinceName),
      ...buildSegmentMarks(segments, index, i18n, markLayout),
    })),
    // Extra series, each from its own function: the predecessors' own lines (never merged into the province's).
    ...fitEndLabels(predecessorSeries, gridRight),
  ];
  // Named only when drawn: a new province without scores of its own has no line to name.
  const ownNames = ownFirstTotalYear(points) === null ? [] : [provinceName];
  const legendNames =
    segments.length === 0
      ? []
      : [...ownNames, ...predecessorNames, medianName, ...GROUP_BANDS.map((band) => t(band.label))];
  const layout = buildTrendLayout(frame, legendNames, settings.widthPx);
  return {
    ...frame.option,
    ...layout,
    grid: { ...layout.grid, right: gridRight },
    tooltip: {
      trigger: 'axis',
      formatter: buildTrendTooltipFormatter(points, provinceName, i18n),
      valueFormatter: (value: unknown) =>
        escapeHtml(typeof value === 'number' ? i18n.formatNumber(value) : ''),
    },
    ...buildTrendAxes(years, i18n, settings.widthPx - layout.grid.left - gridRight),
    series,
  };
}
