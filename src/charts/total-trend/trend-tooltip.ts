// The trend's tooltip: one year's score and rank, the national median, the group thresholds in words, the spread.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { TotalTrendPoint } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import { describeGroupThresholds } from '../group-thresholds.ts';

/** The year an axis tooltip points at. */
function yearOf(params: TooltipComponentFormatterCallbackParams): number {
  const first = Array.isArray(params) ? params[0] : params;
  return Number((first as { axisValue?: unknown } | undefined)?.axisValue ?? first?.name);
}

/** Tooltip lines for one year, as label/value pairs of plain text (escaped when joined into HTML). */
export function trendTooltipLines(
  point: TotalTrendPoint,
  previous: TotalTrendPoint | undefined,
  provinceName: string,
  i18n: I18n,
): [string, string][] {
  const { t } = i18n;
  const score =
    point.score == null
      ? t('chart.tooltip.noScore')
      : `${i18n.formatNumber(point.score)} (${t('chart.tooltip.rank')} ${i18n.formatRank(point.rank, point.scoredCount)})`;
  const lines: [string, string][] = [
    [provinceName, score],
    [t('chart.tooltip.median'), i18n.formatNumber(point.nationalMedian)],
    [t('chart.tooltip.bands'), describeGroupThresholds(point, i18n)],
    [
      `${t('chart.tooltip.min')} – ${t('chart.tooltip.max')}`,
      `${i18n.formatNumber(point.nationalMin)} – ${i18n.formatNumber(point.nationalMax)}`,
    ],
  ];
  if (previous !== undefined && !point.comparableWithPrevious) {
    const change =
      previous.dimensionCount === point.dimensionCount
        ? t('chart.tooltip.definitionChanged')
        : t('chart.tooltip.dimensionChange', { from: previous.dimensionCount, to: point.dimensionCount });
    lines.push([t('chart.tooltip.notComparable'), change]);
  }
  return lines;
}

/** The formatter for the trend's axis tooltip; every value passes through escapeHtml. */
export function buildTrendTooltipFormatter(
  points: readonly TotalTrendPoint[],
  provinceName: string,
  i18n: I18n,
): (params: TooltipComponentFormatterCallbackParams) => string {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const byYear = new Map(sorted.map((p) => [p.year, p]));
  const previousOf = new Map(sorted.map((p, i) => [p.year, sorted[i - 1]]));
  return (params) => {
    const year = yearOf(params);
    const point = byYear.get(year);
    if (point === undefined) return escapeHtml(year);
    const heading = `<strong>${escapeHtml(year)}</strong> · ${escapeHtml(
      i18n.t('chart.tooltip.dimensions', { count: point.dimensionCount }),
    )}`;
    const lines = trendTooltipLines(point, previousOf.get(year), provinceName, i18n);
    return [heading, ...lines.map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`)].join(
      '<br/>',
    );
  };
}
