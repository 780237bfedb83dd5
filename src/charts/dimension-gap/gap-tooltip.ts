// The gap chart's tooltip: a dimension's score, rank, the national median and spread, and its plan's progress.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { DimensionStanding, IndicatorCode } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import { dimensionLabel } from './gap-description.ts';

/** The completion rate in words, or why there is none (no plan loaded, another year, no task here). */
export function describeCompletion(row: DimensionStanding, i18n: I18n): string {
  const { t } = i18n;
  if (row.completionRate != null) {
    const period =
      row.progressPeriod == null
        ? ''
        : ` (${t('table.period', { period: i18n.formatPeriod(row.progressPeriod) })})`;
    const sample = row.progressIsSample ? ` · ${t('sample.badge')}` : '';
    return `${i18n.formatPercent(row.completionRate)}${period}${sample}`;
  }
  if (row.planTargetYear == null) return t('chart.tooltip.noPlanLoaded');
  if (row.planTargetYear !== row.year)
    return t('chart.tooltip.completionOtherYear', { year: row.planTargetYear });
  return t('table.noPlan');
}

/** Tooltip lines for one dimension, as label/value pairs of plain text. */
export function gapTooltipLines(row: DimensionStanding, i18n: I18n): [string, string][] {
  const { t } = i18n;
  return [
    [t('chart.tooltip.score'), i18n.formatNumber(row.score)],
    [t('chart.tooltip.rank'), i18n.formatRank(row.rank, row.scoredCount)],
    [t('chart.tooltip.median'), i18n.formatNumber(row.nationalMedian)],
    [t('chart.tooltip.gap'), i18n.formatSignedNumber(row.gapToMedian)],
    [t('chart.tooltip.min'), i18n.formatNumber(row.nationalMin)],
    [t('chart.tooltip.max'), i18n.formatNumber(row.nationalMax)],
    [t('chart.tooltip.completion'), describeCompletion(row, i18n)],
  ];
}

/** The formatter for a bar's tooltip; every value passes through escapeHtml. */
export function buildGapTooltipFormatter(
  rows: readonly DimensionStanding[],
  dimensionNames: Readonly<Record<IndicatorCode, string>>,
  i18n: I18n,
): (params: TooltipComponentFormatterCallbackParams) => string {
  return (params) => {
    const item = Array.isArray(params) ? params[0] : params;
    const row = item === undefined ? undefined : rows[item.dataIndex];
    if (row === undefined) return '';
    return [
      `<strong>${escapeHtml(dimensionLabel(row.indicator, dimensionNames))}</strong>`,
      ...gapTooltipLines(row, i18n).map(([label, value]) => `${escapeHtml(label)}: ${escapeHtml(value)}`),
    ].join('<br/>');
  };
}
