// The console's quick chart: two chosen columns of a result as a line or bar chart, as a ChartSpec so it
// gets the standard frame (title, subtitle, source) and the chart wrapper's table and menu.

import type { EChartsCoreOption } from 'echarts/core';
import type {
  ChartDescription,
  ChartRenderSettings,
  ChartSpec,
  ChartTable,
} from '../../../charts/chart-spec.ts';
import { buildDescribedFrame } from '../../../charts/chart-frame.ts';
import { escapeHtml } from '../../../charts/escape-html.ts';
import { CHART_COLORS } from '../../../charts/palette.ts';
import type { ConsoleCell } from '../../../console/console-query.ts';
import type { I18n } from '../../../i18n/create-i18n.ts';
import { formatConsoleCell } from './format-cell.ts';

/** One point: the x value as a label and the y value (missing stays missing). */
export interface ResultChartPoint {
  x: string;
  y: number | null;
}

export interface ResultChartSettings {
  kind: 'line' | 'bar';
  xName: string;
  yName: string;
}

export const RESULT_CHART_ID = 'chart-sql-result';
/** More points than this would only make an unreadable chart (and a slow one). */
export const RESULT_CHART_MAX_POINTS = 2_000;

/** The points of columns `x` and `y` of a result (first RESULT_CHART_MAX_POINTS rows), x written per locale. */
export function resultChartPoints(
  rows: readonly (readonly ConsoleCell[])[],
  xIndex: number,
  yIndex: number,
  locale: string,
): ResultChartPoint[] {
  return rows.slice(0, RESULT_CHART_MAX_POINTS).map((row) => {
    const y = row[yIndex];
    return { x: formatConsoleCell(row[xIndex] ?? null, locale), y: typeof y === 'number' ? y : null };
  });
}

function describeResultChart(
  points: readonly ResultChartPoint[],
  settings: ResultChartSettings,
  i18n: I18n,
): ChartDescription {
  const values = points.flatMap((point) => (point.y === null ? [] : [point.y]));
  const min = values.length > 0 ? Math.min(...values) : null;
  const max = values.length > 0 ? Math.max(...values) : null;
  return {
    title: `${settings.yName} / ${settings.xName}`,
    subtitle: i18n.t('console.chartSubtitle', { rows: points.length }),
    summary: i18n.t('console.chartSummary', {
      count: points.length,
      min: formatConsoleCell(min, i18n.locale),
      max: formatConsoleCell(max, i18n.locale),
    }),
  };
}

function buildResultChartOption(
  points: readonly ResultChartPoint[],
  settings: ResultChartSettings & ChartRenderSettings,
  i18n: I18n,
): EChartsCoreOption {
  const description = describeResultChart(points, settings, i18n);
  const frame = buildDescribedFrame(
    description,
    { ...settings, source: i18n.t('console.chartSource') },
    i18n,
  );
  return {
    ...frame.option,
    grid: { left: 64, right: 24, top: frame.topPx + 24, bottom: frame.bottomPx + 56 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const first = (Array.isArray(params) ? params[0] : params) as { dataIndex?: number } | undefined;
        const point = points[first?.dataIndex ?? -1];
        if (point === undefined) return '';
        return `${escapeHtml(point.x)}<br/>${escapeHtml(settings.yName)}: ${escapeHtml(
          formatConsoleCell(point.y, i18n.locale),
        )}`;
      },
    },
    xAxis: {
      type: 'category',
      name: settings.xName,
      nameLocation: 'middle',
      nameGap: 32,
      data: points.map((point) => point.x),
      axisLine: { lineStyle: { color: CHART_COLORS.axis } },
      axisLabel: { color: CHART_COLORS.text, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: settings.yName,
      scale: settings.kind === 'line',
      axisLabel: {
        color: CHART_COLORS.text,
        formatter: (value: number) => formatConsoleCell(value, i18n.locale),
      },
      splitLine: { lineStyle: { color: CHART_COLORS.gridLine } },
    },
    series: [
      {
        type: settings.kind,
        name: settings.yName,
        data: points.map((point) => point.y),
        color: CHART_COLORS.province,
        connectNulls: false,
        showSymbol: points.length <= 60,
      },
    ],
  };
}

function buildResultChartTable(
  points: readonly ResultChartPoint[],
  settings: ResultChartSettings,
  i18n: I18n,
): ChartTable {
  return {
    caption: describeResultChart(points, settings, i18n).title,
    columns: [settings.xName, settings.yName],
    rows: points.map((point) => ({ header: point.x, cells: [formatConsoleCell(point.y, i18n.locale)] })),
  };
}

/** The spec of a quick chart of a console result. */
export function createResultChartSpec(
  points: readonly ResultChartPoint[],
  settings: ResultChartSettings,
): ChartSpec<readonly ResultChartPoint[], ResultChartSettings> {
  return {
    id: RESULT_CHART_ID,
    rows: points,
    settings,
    build: buildResultChartOption,
    toTable: buildResultChartTable,
    describe: describeResultChart,
    drawsProgress: false,
    heightPx: 360,
    // The columns it plots: two quick charts of different columns never share a name.
    exportName: { province: '', indicator: `${settings.yName} ${settings.xName}`, years: '' },
  };
}
