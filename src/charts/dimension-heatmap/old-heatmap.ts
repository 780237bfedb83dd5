// A heatmap of the province's dimensions by year, coloured by its rank among provinces or by its score
// (a switch), with a legend that says which. Unscored cells stay empty (never 0).
import type { HeatmapSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartDescription, ChartRenderSettings, ChartSpec, ChartTable } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import { roundTo2 } from '../number.ts';
import { CHART_COLORS, OKABE_ITO } from '../palette.ts';

export type HeatmapColouring = 'rank' | 'score';

export interface HeatmapCell {
  year: number;
  indicator: string;
  score: number;
  rank: number;
  scoredCount: number;
}

export interface HeatmapRows {
  /** Every year of the data, oldest first (the columns). */
  years: readonly number[];
  /** The dimensions, top to bottom, with their labels. */
  dimensions: readonly { code: string; label: string }[];
  cells: readonly HeatmapCell[];
}

export interface HeatmapSettings {
  provinceName: string;
  colour: HeatmapColouring;
  source?: string | undefined;
}

export const DIMENSION_HEATMAP_CHART_ID = 'chart-dimension-heatmap';
/** Good → poor: blue, pale, vermillion (Okabe-Ito ends, readable with colour blindness). */
const GOOD_TO_POOR = [OKABE_ITO.blue, '#F2F2F2', OKABE_ITO.vermillion];
const ROW_HEIGHT_PX = 34;
const LABEL_WIDTH_PX = 150;

/** Title, subtitle (province, years, what the colour means) and summary. */
export function describeDimensionHeatmap(
  rows: HeatmapRows,
  settings: HeatmapSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const from = rows.years[0] ?? '';
  const to = rows.years.at(-1) ?? '';
  return {
    title: t('dimensions.heatmap.title', { province: settings.provinceName }),
    subtitle: `${t('dimensions.subtitle', { province: settings.provinceName, from, to })} ${t(
      settings.colour === 'rank' ? 'dimensions.heatmap.byRank' : 'dimensions.heatmap.byScore',
    )}`,
    summary: t('dimensions.heatmap.summary', { count: rows.cells.length }),
  };
}

/** The cells as a table: a row per dimension, a column per year, "score (rank)" in each cell. */
export function buildDimensionHeatmapTable(
  rows: HeatmapRows,
  settings: HeatmapSettings,
  i18n: I18n,
): ChartTable {
  const description = describeDimensionHeatmap(rows, settings, i18n);
  const cell = (code: string, year: number): string => {
    const found = rows.cells.find((c) => c.indicator === code && c.year === year);
    return found === undefined
      ? '–'
      : `${i18n.formatNumber(found.score)} (${i18n.formatRank(found.rank, found.scoredCount)})`;
  };
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('chart.table.dimension'), ...rows.years.map(String)],
    rows: rows.dimensions.map((d) => ({
      header: d.label,
      cells: rows.years.map((year) => cell(d.code, year)),
    })),
  };
}

/** Pure option: years across, dimensions down, colour by rank (1 = best, blue) or by score (high = blue). */
export function buildDimensionHeatmapOption(
  rows: HeatmapRows,
  settings: HeatmapSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const { t } = i18n;
  const description = describeDimensionHeatmap(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const byRank = settings.colour === 'rank';
  const rowIndex = new Map(rows.dimensions.map((d, index) => [d.code, index]));
  const colIndex = new Map(rows.years.map((year, index) => [year, index]));
  const data = rows.cells.flatMap((c) => {
    const x = colIndex.get(c.year);
    const y = rowIndex.get(c.indicator);
    return x === undefined || y === undefined ? [] : [[x, y, byRank ? c.rank : roundTo2(c.score)]];
  });
  const values = rows.cells.map((c) => (byRank ? c.rank : c.score));
  const maxRank = Math.max(1, ...rows.cells.map((c) => c.scoredCount));
  const min = byRank ? 1 : Math.floor(Math.min(...values, 10));
  const max = byRank ? maxRank : Math.ceil(Math.max(...values, 1));
  const narrow = settings.widthPx < 600;
  const labelWidth = narrow ? 90 : LABEL_WIDTH_PX;
  const series: HeatmapSeriesOption = {
    type: 'heatmap',
    data,
    label: {
      show: !narrow,
      fontSize: 10,
      formatter: (p: { value?: unknown }) => {
        const value = Array.isArray(p.value) ? Number(p.value[2]) : NaN;
        return byRank ? String(value) : i18n.formatNumber(value, 1);
      },
    },
    itemStyle: { borderColor: '#FFFFFF', borderWidth: 1 },
  };
  return {
    ...frame.option,
    grid: {
      left: labelWidth + 8,
      right: 16,
      top: Math.max(16, frame.topPx + 8),
      bottom: frame.bottomPx + 72,
    },
    tooltip: {
      formatter: (p: { value?: unknown }) => {
        const [x, y] = Array.isArray(p.value) ? (p.value as number[]) : [];
        const year = rows.years[x ?? -1];
        const dim = rows.dimensions[y ?? -1];
        const c = rows.cells.find((cell) => cell.year === year && cell.indicator === dim?.code);
        if (c === undefined || dim === undefined) return '';
        return `<b>${escapeHtml(dim.label)}</b><br>${escapeHtml(year)}: ${escapeHtml(
          `${t('chart.tooltip.score')} ${i18n.formatNumber(c.score)}, ${t('chart.tooltip.rank')} ${i18n.formatRank(
            c.rank,
            c.scoredCount,
          )}`,
        )}`;
      },
    },
    xAxis: {
      type: 'category',
      data: rows.years.map(String),
      splitArea: { show: true },
      axisLabel: { color: CHART_COLORS.text, fontSize: narrow ? 9 : 12 },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.dimensions.map((d) => d.label),
      axisLabel: { color: CHART_COLORS.text, width: labelWidth, overflow: 'truncate', fontSize: 11 },
    },
    visualMap: {
      type: 'continuous',
      min,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: frame.bottomPx + 8,
      itemHeight: Math.min(240, settings.widthPx - 160),
      // rank: 1 is best (blue); score: higher is better (blue).
      inRange: { color: byRank ? GOOD_TO_POOR : [...GOOD_TO_POOR].reverse() },
      text: byRank
        ? [t('dimensions.heatmap.rankLow', { count: maxRank }), t('dimensions.heatmap.rankHigh')]
        : [
            t('dimensions.heatmap.scoreHigh', { value: max }),
            t('dimensions.heatmap.scoreLow', { value: min }),
          ],
      textStyle: { color: CHART_COLORS.text },
    },
    series: [series],
  };
}

/** The heatmap's spec; its height grows with the number of dimensions. */
export function createDimensionHeatmapSpec(
  rows: HeatmapRows,
  settings: HeatmapSettings,
): ChartSpec<HeatmapRows, HeatmapSettings> {
  return {
    id: DIMENSION_HEATMAP_CHART_ID,
    rows,
    settings,
    build: buildDimensionHeatmapOption,
    toTable: buildDimensionHeatmapTable,
    describe: describeDimensionHeatmap,
    heightPx: 120 + rows.dimensions.length * ROW_HEIGHT_PX,
  };
}
