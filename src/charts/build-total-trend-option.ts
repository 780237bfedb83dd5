// The total's trend for one province, broken at 2018 (6 → 8 dimensions), over the national group bands.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import { EIGHT_DIMENSION_FIRST_YEAR } from '../domain/papi.ts';
import type { TotalTrendPoint } from '../domain/types.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import type { MessageKey } from '../i18n/vi.ts';
import type { ChartCaption } from './chart-text.ts';
import { buildCaptionBlock, CHART_FONT_FAMILY, DEFAULT_CHART_WIDTH_PX } from './chart-text.ts';
import { escapeHtml } from './escape-html.ts';
import { CHART_COLORS, GROUP_BAND_COLORS } from './palette.ts';

export interface TotalTrendSettings {
  provinceName: string;
  /** 'embedded' draws title, subtitle and source in the chart (exports); 'none' leaves them to the page. */
  caption: ChartCaption;
  /** The source line when embedded; defaults to the PAPI source. */
  source?: string;
  /** Chart width, for wrapping the subtitle; defaults to a desktop width. */
  widthPx?: number;
}

type Era = 'six' | 'eight';
type Value = number | null;

const ERAS: readonly Era[] = ['six', 'eight'];

/** Series ids, stable so tests and exports can find them. */
export const TOTAL_TREND_SERIES = {
  province: (era: Era) => `province-${era}`,
  median: (era: Era) => `median-${era}`,
  band: (era: Era, band: string) => `band-${era}-${band}`,
} as const;

const eraOf = (year: number): Era => (year < EIGHT_DIMENSION_FIRST_YEAR ? 'six' : 'eight');

/** Bands from the bottom up: each is the difference to the previous cut, stacked on the national minimum. */
const BANDS: readonly {
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

/** Every year from the first to the last row, so a year without data shows as a gap, not a shortcut. */
function listYears(points: readonly TotalTrendPoint[]): number[] {
  if (points.length === 0) return [];
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const LEGEND_ROW_HEIGHT_PX = 22;
/** The legend's distance from the bottom when no source line sits below it. */
const LEGEND_MIN_BOTTOM_PX = 4;
/** Room above the plot for the y-axis name when no title sits above it. */
const AXIS_NAME_ROOM_PX = 28;
const GRID_LEFT_PX = 56;
const GRID_RIGHT_PX = 24;
const GRID_SIDES_PX = GRID_LEFT_PX + GRID_RIGHT_PX;

/** How many rows the centred legend wraps into (icon + gap ≈ 40 px, ~7 px per character at 12 px). */
function estimateLegendRows(names: readonly string[], widthPx: number): number {
  const itemsWidth = names.reduce((sum, name) => sum + 40 + name.length * 7, 0);
  return Math.max(1, Math.ceil(itemsWidth / Math.max(200, widthPx - 40)));
}

function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The option for the total-score trend; pure, so it renders the same in the page, in exports and in Node tests. */
export function buildTotalTrendOption(
  points: readonly TotalTrendPoint[],
  settings: TotalTrendSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const years = listYears(points);
  const byYear = new Map(points.map((p) => [p.year, p]));
  const categories = years.map(String);
  const firstYear = years[0];
  const lastYear = years.at(-1);
  const provinceLabel = settings.provinceName;
  const medianLabel = t('chart.trend.median');

  /** One value per year, null outside `era` or where the point is missing. */
  const valuesFor = (era: Era, pick: (p: TotalTrendPoint) => Value): Value[] =>
    years.map((year) => {
      const point = byYear.get(year);
      if (point === undefined || eraOf(year) !== era) return null;
      const value = pick(point);
      return value == null ? null : roundTo2(value);
    });

  const widthPx = settings.widthPx ?? DEFAULT_CHART_WIDTH_PX;
  const eraLabelWidthPx = (era: Era): number => {
    if (firstYear === undefined || lastYear === undefined || lastYear === firstYear) return widthPx;
    const plotWidthPx = widthPx - GRID_SIDES_PX;
    const span =
      era === 'eight' ? lastYear - EIGHT_DIMENSION_FIRST_YEAR : EIGHT_DIMENSION_FIRST_YEAR - 1 - firstYear;
    return Math.max(48, (plotWidthPx * Math.max(span, 0.5)) / (lastYear - firstYear) - 8);
  };

  const series: LineSeriesOption[] = [];
  for (const era of ERAS) {
    series.push({
      id: TOTAL_TREND_SERIES.band(era, 'base'),
      type: 'line',
      stack: `bands-${era}`,
      data: valuesFor(era, (p) => p.nationalMin),
      lineStyle: { opacity: 0 },
      symbol: 'none',
      silent: true,
      tooltip: { show: false },
      z: 1,
    });
    for (const band of BANDS) {
      series.push({
        id: TOTAL_TREND_SERIES.band(era, band.id),
        name: t(band.label),
        type: 'line',
        stack: `bands-${era}`,
        data: valuesFor(era, (p) => band.upper(p) - band.lower(p)),
        lineStyle: { opacity: 0 },
        areaStyle: { color: GROUP_BAND_COLORS[band.id], opacity: 1 },
        itemStyle: { color: GROUP_BAND_COLORS[band.id] },
        symbol: 'none',
        silent: true,
        z: 1,
      });
    }
  }
  for (const era of ERAS) {
    series.push({
      id: TOTAL_TREND_SERIES.median(era),
      name: medianLabel,
      type: 'line',
      data: valuesFor(era, (p) => p.nationalMedian),
      connectNulls: false,
      lineStyle: { color: CHART_COLORS.nationalMedian, type: 'dashed', width: 1.5 },
      itemStyle: { color: CHART_COLORS.nationalMedian },
      symbol: 'none',
      z: 3,
    });
  }
  for (const era of ERAS) {
    series.push({
      id: TOTAL_TREND_SERIES.province(era),
      name: provinceLabel,
      type: 'line',
      data: valuesFor(era, (p) => p.score),
      connectNulls: false,
      lineStyle: { color: CHART_COLORS.province, width: 3 },
      itemStyle: { color: CHART_COLORS.province },
      symbol: 'circle',
      symbolSize: 7,
      // A year between two missing years is a lone point: its symbol is all there is, so never thin them out.
      showAllSymbol: true,
      z: 5,
      ...(era === 'eight' && lastYear !== undefined && lastYear >= EIGHT_DIMENSION_FIRST_YEAR
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: CHART_COLORS.eraBreak, type: 'solid', width: 1.5 },
              label: { show: false },
              data: [{ xAxis: String(EIGHT_DIMENSION_FIRST_YEAR) }],
            },
            markArea: {
              silent: true,
              itemStyle: { color: CHART_COLORS.eraShade },
              label: {
                position: 'insideTopLeft',
                color: CHART_COLORS.text,
                fontWeight: 'bold',
                fontSize: 12,
                width: eraLabelWidthPx('eight'),
                overflow: 'break',
                lineHeight: 15,
              },
              data: [
                [
                  { name: t('chart.trend.breakLabel'), xAxis: String(EIGHT_DIMENSION_FIRST_YEAR) },
                  { xAxis: String(lastYear) },
                ],
              ],
            },
          }
        : {}),
      ...(era === 'six' && firstYear !== undefined && firstYear < EIGHT_DIMENSION_FIRST_YEAR
        ? {
            markArea: {
              silent: true,
              itemStyle: { color: 'transparent' },
              label: {
                position: 'insideTopLeft',
                color: CHART_COLORS.mutedText,
                fontSize: 12,
                width: eraLabelWidthPx('six'),
                overflow: 'break',
                lineHeight: 15,
              },
              data: [
                [
                  { name: t('chart.trend.earlyEraLabel'), xAxis: String(firstYear) },
                  { xAxis: String(Math.min(lastYear ?? firstYear, EIGHT_DIMENSION_FIRST_YEAR - 1)) },
                ],
              ],
            },
          }
        : {}),
    });
  }

  const formatTooltip = (params: TooltipComponentFormatterCallbackParams): string => {
    const first = Array.isArray(params) ? params[0] : params;
    const year = Number((first as { axisValue?: unknown } | undefined)?.axisValue ?? first?.name);
    const point = byYear.get(year);
    if (point === undefined) return escapeHtml(year);
    const score =
      point.score == null
        ? t('chart.tooltip.noScore')
        : `${i18n.formatNumber(point.score)} (${t('chart.tooltip.rank')} ${i18n.formatRank(point.rank, point.scoredCount)})`;
    const lines = [
      `<strong>${escapeHtml(year)}</strong> · ${escapeHtml(t('chart.tooltip.dimensions', { count: point.dimensionCount }))}`,
      `${escapeHtml(provinceLabel)}: ${escapeHtml(score)}`,
      `${escapeHtml(medianLabel)}: ${escapeHtml(i18n.formatNumber(point.nationalMedian))}`,
      `${escapeHtml(t('chart.tooltip.bands'))}: ${escapeHtml(
        [point.p25, point.p50, point.p75].map((v) => i18n.formatNumber(v)).join(' / '),
      )}`,
      `${escapeHtml(t('chart.tooltip.min'))} – ${escapeHtml(t('chart.tooltip.max'))}: ${escapeHtml(
        `${i18n.formatNumber(point.nationalMin)} – ${i18n.formatNumber(point.nationalMax)}`,
      )}`,
    ];
    return lines.join('<br/>');
  };

  const legendNames = [provinceLabel, medianLabel, ...BANDS.map((b) => t(b.label))];
  const legendRows = estimateLegendRows(legendNames, widthPx);
  const captionBlock = buildCaptionBlock(
    settings.caption,
    {
      title: t('chart.trend.title', { province: provinceLabel, from: firstYear ?? '', to: lastYear ?? '' }),
      subtitle: t('chart.trend.subtitle'),
      source: settings.source ?? t('chart.source'),
    },
    settings.widthPx,
  );

  return {
    animation: false,
    backgroundColor: '#FFFFFF',
    textStyle: { fontFamily: CHART_FONT_FAMILY },
    title: captionBlock.title,
    legend: {
      data: legendNames,
      bottom: Math.max(LEGEND_MIN_BOTTOM_PX, captionBlock.bottomPx),
      left: 'center',
      itemWidth: 18,
      textStyle: { color: CHART_COLORS.text },
    },
    grid: {
      left: 56,
      right: 24,
      top: Math.max(AXIS_NAME_ROOM_PX, captionBlock.topPx + 24),
      bottom: Math.max(LEGEND_MIN_BOTTOM_PX, captionBlock.bottomPx) + 36 + legendRows * LEGEND_ROW_HEIGHT_PX,
    },
    tooltip: {
      trigger: 'axis',
      formatter: formatTooltip,
      valueFormatter: (value: unknown) =>
        escapeHtml(typeof value === 'number' ? i18n.formatNumber(value) : ''),
    },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: false,
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: { color: CHART_COLORS.text },
    },
    yAxis: {
      type: 'value',
      scale: true,
      name: t('chart.trend.yAxis'),
      nameTextStyle: { color: CHART_COLORS.mutedText, align: 'left' },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: { color: CHART_COLORS.text, formatter: (value: number) => i18n.formatNumber(value, 0) },
    },
    series,
  };
}
