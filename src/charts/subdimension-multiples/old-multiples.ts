// An indicator's parts as small multiples on one shared scale (a dimension's sub-dimensions; the total's
// dimensions): the province's line against the national median in each, broken where the definition changes.
import type { LineSeriesOption } from 'echarts/charts';
import type { EChartsCoreOption } from 'echarts/core';
import type { I18n } from '../../i18n/create-i18n.ts';
import { buildDescribedFrame } from '../chart-frame.ts';
import type { ChartDescription, ChartRenderSettings, ChartSpec, ChartTable } from '../chart-spec.ts';
import { escapeHtml } from '../escape-html.ts';
import { splitIndicatorSegments, valuesInSegment } from '../indicator-trend/indicator-trend-rows.ts';
import { roundTo2 } from '../number.ts';
import { CHART_COLORS } from '../palette.ts';

/** One part in one year it was scored nationally; score null where the province is unscored. */
export interface PartPoint {
  indicator: string;
  year: number;
  score: number | null;
  nationalMedian: number;
  comparableWithPrevious: boolean;
}

export interface MultiplesRows {
  /** Every year of the data, oldest first (the shared x axis). */
  years: readonly number[];
  parts: readonly { code: string; label: string }[];
  points: readonly PartPoint[];
}

export interface MultiplesSettings {
  provinceName: string;
  parentLabel: string;
  source?: string | undefined;
}

export const SUBDIMENSION_MULTIPLES_CHART_ID = 'chart-subdimension-multiples';
const PANEL_HEIGHT_PX = 150;
const PANEL_GAP_PX = 44;
const LEGEND_ROOM_PX = 24;
const PANEL_TITLE_ROOM_PX = 24;

const columnsFor = (widthPx: number): number => (widthPx < 600 ? 2 : 4);

export function describeMultiples(
  rows: MultiplesRows,
  settings: MultiplesSettings,
  i18n: I18n,
): ChartDescription {
  const from = rows.years[0] ?? '';
  const to = rows.years.at(-1) ?? '';
  return {
    title: i18n.t('dimensions.multiples.title', { indicator: settings.parentLabel }),
    subtitle: `${i18n.t('dimensions.subtitle', { province: settings.provinceName, from, to })} ${i18n.t(
      'dimensions.multiples.note',
    )}`,
    summary: i18n.t('dimensions.multiples.summary', { count: rows.parts.length }),
  };
}

/** One row per part and year: the province's score and the national median ("–" where missing). */
export function buildMultiplesTable(
  rows: MultiplesRows,
  settings: MultiplesSettings,
  i18n: I18n,
): ChartTable {
  const description = describeMultiples(rows, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('chart.table.year'), ...rows.parts.map((p) => p.label)],
    rows: rows.years.map((year) => ({
      header: String(year),
      cells: rows.parts.map((part) => {
        const point = rows.points.find((p) => p.indicator === part.code && p.year === year);
        if (point === undefined) return '–';
        const score = point.score === null ? '–' : i18n.formatNumber(point.score);
        return `${score} (${i18n.t('chart.trend.median')}: ${i18n.formatNumber(point.nationalMedian)})`;
      }),
    })),
  };
}

/** Pure option: one grid per part, all on the same y range, so panels compare at a glance. */
export function buildMultiplesOption(
  rows: MultiplesRows,
  settings: MultiplesSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const description = describeMultiples(rows, settings, i18n);
  const frame = buildDescribedFrame(description, settings, i18n);
  const columns = columnsFor(settings.widthPx);
  const values = rows.points.flatMap((p) =>
    p.score === null ? [p.nationalMedian] : [p.score, p.nationalMedian],
  );
  const yMin = Math.floor(Math.min(...values, Infinity) * 2) / 2;
  const yMax = Math.ceil(Math.max(...values, -Infinity) * 2) / 2;
  // Legend row, then room for the first row's panel titles.
  const legendTop = frame.topPx + 4;
  const top = legendTop + LEGEND_ROOM_PX + PANEL_TITLE_ROOM_PX;
  const sideLeft = 40;
  const cellWidth = (settings.widthPx - sideLeft - 16) / columns;
  const grids = rows.parts.map((_, index) => ({
    left: sideLeft + (index % columns) * cellWidth,
    width: cellWidth - 36,
    top: top + Math.floor(index / columns) * (PANEL_HEIGHT_PX + PANEL_GAP_PX),
    height: PANEL_HEIGHT_PX,
  }));
  const axisYears = rows.years.map(String);
  const series: LineSeriesOption[] = rows.parts.flatMap((part, index) => {
    const own = rows.points.filter((p) => p.indicator === part.code);
    const byYear = new Map(own.map((p) => [p.year, p]));
    const segments = splitIndicatorSegments(
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
    return segments.flatMap((segment): LineSeriesOption[] => [
      {
        id: `median-${part.code}-${segment.firstYear}`,
        name: i18n.t('chart.trend.median'),
        type: 'line',
        xAxisIndex: index,
        yAxisIndex: index,
        data: valuesInSegment(rows.years, segment, byYear, (p) => roundTo2(p.nationalMedian)),
        lineStyle: { color: CHART_COLORS.nationalMedian, type: 'dashed', width: 1 },
        itemStyle: { color: CHART_COLORS.nationalMedian },
        symbol: 'none',
      },
      {
        id: `province-${part.code}-${segment.firstYear}`,
        name: settings.provinceName,
        type: 'line',
        xAxisIndex: index,
        yAxisIndex: index,
        data: valuesInSegment(rows.years, segment, byYear, (p) =>
          p.score === null ? null : roundTo2(p.score),
        ),
        lineStyle: { color: CHART_COLORS.province, width: 2 },
        itemStyle: { color: CHART_COLORS.province },
        symbol: 'circle',
        symbolSize: 4,
        showAllSymbol: true,
      },
    ]);
  });
  const panelTitles = rows.parts.map((part, index) => ({
    text: part.label,
    left: grids[index]?.left ?? 0,
    top: (grids[index]?.top ?? 0) - PANEL_TITLE_ROOM_PX + 4,
    textStyle: {
      fontSize: 11,
      fontWeight: 'bold' as const,
      color: CHART_COLORS.text,
      width: cellWidth - 40,
      overflow: 'truncate' as const,
    },
  }));
  return {
    ...frame.option,
    title: [...frame.option.title, ...panelTitles],
    legend: {
      data: rows.parts.length === 0 ? [] : [settings.provinceName, i18n.t('chart.trend.median')],
      top: legendTop,
      left: 'center',
      textStyle: { color: CHART_COLORS.text },
    },
    grid: grids,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: unknown) =>
        escapeHtml(typeof value === 'number' ? i18n.formatNumber(value) : '–'),
    },
    xAxis: grids.map((_, index) => ({
      type: 'category',
      gridIndex: index,
      data: axisYears,
      boundaryGap: false,
      axisLabel: { color: CHART_COLORS.text, fontSize: 9, interval: 'auto' },
    })),
    yAxis: grids.map((_, index) => ({
      type: 'value',
      gridIndex: index,
      min: yMin,
      max: yMax,
      splitNumber: 3,
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
      axisLabel: { color: CHART_COLORS.text, fontSize: 9, formatter: (v: number) => i18n.formatNumber(v, 1) },
    })),
    series,
  };
}

/** The multiples' spec; height follows the number of panel rows at the rendered width. */
export function createMultiplesSpec(
  rows: MultiplesRows,
  settings: MultiplesSettings,
): ChartSpec<MultiplesRows, MultiplesSettings> {
  return {
    id: SUBDIMENSION_MULTIPLES_CHART_ID,
    rows,
    settings,
    build: buildMultiplesOption,
    toTable: buildMultiplesTable,
    describe: describeMultiples,
    heightPx: (widthPx) =>
      LEGEND_ROOM_PX +
      PANEL_TITLE_ROOM_PX +
      16 +
      Math.ceil(rows.parts.length / columnsFor(widthPx)) * (PANEL_HEIGHT_PX + PANEL_GAP_PX),
  };
}
