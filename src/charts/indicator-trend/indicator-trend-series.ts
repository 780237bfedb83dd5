// The trend's series, one set per comparable segment: national bands (stacked areas), national median,
// the peers (thin, muted) and the chosen province (thick, always the same colour) on top.
import type { LineSeriesOption } from 'echarts/charts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { roundAsPublished } from '../../domain/papi.ts';
import { CHART_COLORS } from '../palette.ts';
import { endLabelText } from '../end-labels.ts';
import type {
  IndicatorSegment,
  IndicatorTrendRows,
  IndicatorTrendSettings,
  IndicatorYear,
} from './indicator-trend-rows.ts';
import { provinceRowsByYear, valuesInSegment } from './indicator-trend-rows.ts';

export const PEER_COLOR = '#A6A6A6';
const MINMAX_COLOR = 'rgba(0, 0, 0, 0.07)';
const IQR_COLOR = 'rgba(0, 114, 178, 0.14)';
const MAX_PEER_END_LABELS = 6;

const round = (value: number | null | undefined): number | null =>
  value == null ? null : roundAsPublished(value);

function bandSeries(
  id: string,
  name: string,
  color: string,
  axisYears: readonly number[],
  segment: IndicatorSegment,
  byYear: ReadonlyMap<number, IndicatorYear>,
  lower: (y: IndicatorYear) => number | null,
  upper: (y: IndicatorYear) => number | null,
): LineSeriesOption[] {
  const stack = `${id}-${segment.firstYear}`;
  // The band's own colour on its hidden edge lines too, not the palette's colour of the series' index, which a
  // redraw in place keeps from the chart before.
  const common = {
    type: 'line',
    stack,
    symbol: 'none',
    silent: true,
    lineStyle: { opacity: 0, color },
  } as const;
  return [
    {
      ...common,
      id: `${stack}-base`,
      data: valuesInSegment(axisYears, segment, byYear, (y) => round(lower(y))),
      tooltip: { show: false },
      z: 1,
    },
    {
      ...common,
      id: `${stack}-width`,
      name,
      data: valuesInSegment(axisYears, segment, byYear, (y) => {
        const lo = lower(y);
        const hi = upper(y);
        return lo === null || hi === null ? null : roundAsPublished(hi - lo);
      }),
      areaStyle: { color, opacity: 1 },
      itemStyle: { color },
      z: 1,
    },
  ];
}

/** Every series of one segment, lowest first. */
export function buildSegmentSeries(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings,
  axisYears: readonly number[],
  segment: IndicatorSegment,
  isLastSegment: boolean,
  i18n: I18n,
): LineSeriesOption[] {
  const { t } = i18n;
  const byYear = new Map(rows.years.map((y) => [y.year, y]));
  const series: LineSeriesOption[] = [];
  if (settings.band !== 'iqr') {
    series.push(
      ...bandSeries(
        'minmax',
        t('dimensions.trend.minmax'),
        MINMAX_COLOR,
        axisYears,
        segment,
        byYear,
        (y) => y.nationalMin,
        (y) => y.nationalMax,
      ),
    );
  }
  if (settings.band !== 'minmax') {
    series.push(
      ...bandSeries(
        'iqr',
        t('dimensions.trend.iqr'),
        IQR_COLOR,
        axisYears,
        segment,
        byYear,
        (y) => y.nationalP25,
        (y) => y.nationalP75,
      ),
    );
  }
  series.push({
    id: `median-${segment.firstYear}`,
    name: t('chart.trend.median'),
    type: 'line',
    data: valuesInSegment(axisYears, segment, byYear, (y) => round(y.nationalMedian)),
    lineStyle: { color: CHART_COLORS.nationalMedian, type: 'dashed', width: 1.5 },
    itemStyle: { color: CHART_COLORS.nationalMedian },
    symbol: 'none',
    z: 3,
  });
  const showPeerLabels = isLastSegment && settings.peers.length <= MAX_PEER_END_LABELS;
  for (const peer of settings.peers) {
    series.push({
      id: `peer-${peer.code}-${segment.firstYear}`,
      name: peer.name,
      type: 'line',
      data: valuesInSegment(axisYears, segment, provinceRowsByYear(rows.panel, peer.code), (r) =>
        round(r.score),
      ),
      lineStyle: { color: PEER_COLOR, width: 1.2 },
      itemStyle: { color: PEER_COLOR },
      symbol: 'circle',
      symbolSize: 3,
      showAllSymbol: true,
      endLabel: {
        show: showPeerLabels,
        formatter: peer.name,
        color: CHART_COLORS.mutedText,
        ...endLabelText(10),
      },
      // End labels of close lines move apart instead of printing over each other.
      labelLayout: { moveOverlap: 'shiftY' },
      z: 4,
    });
  }
  series.push({
    // The break's mark line is part of the id: a redraw in place merges a kept series, and would keep its mark.
    id: `province-${segment.firstYear}${segment.startsAtBreak ? '-after-break' : ''}`,
    name: settings.provinceName,
    type: 'line',
    data: valuesInSegment(axisYears, segment, provinceRowsByYear(rows.panel, settings.provinceCode), (r) =>
      round(r.score),
    ),
    lineStyle: { color: CHART_COLORS.province, width: 3 },
    itemStyle: { color: CHART_COLORS.province },
    symbol: 'circle',
    symbolSize: 7,
    showAllSymbol: true,
    z: 6,
    ...(segment.startsAtBreak
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { color: CHART_COLORS.eraBreak, type: 'solid', width: 1.5 },
            label: {
              formatter: t('dimensions.trend.breakMark'),
              color: CHART_COLORS.text,
              position: 'insideEndTop',
            },
            data: [{ xAxis: String(segment.firstYear) }],
          },
        }
      : {}),
  });
  return series;
}
