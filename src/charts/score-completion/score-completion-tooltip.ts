// The small multiple's tooltip: the hovered point's year or period and its value, escaped.
import type { TooltipComponentFormatterCallbackParams } from 'echarts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import type { ScoreCompletionRows } from './score-completion-data.ts';

/** Formatter for one hovered point: "<dimension> · 2024: điểm 4,60" or "… · Quý III/2024: 35%". */
export function buildScoreCompletionTooltip(
  rows: ScoreCompletionRows,
  i18n: I18n,
): (params: TooltipComponentFormatterCallbackParams) => string {
  const { t } = i18n;
  return (params) => {
    const item = Array.isArray(params) ? params[0] : params;
    const value = item?.value;
    if (!Array.isArray(value)) return '';
    const [date, number] = value as [unknown, unknown];
    if (typeof number !== 'number') return '';
    const head = `<strong>${escapeHtml(rows.dimensionName)}</strong>`;
    if (item?.seriesId === 'completion') {
      const point = (rows.completion ?? []).find((p) => p.periodEnd === date);
      const label = point === undefined ? String(date) : i18n.formatPeriod(point.period);
      return `${head}<br/>${escapeHtml(label)}: ${escapeHtml(t('svt.series.completion'))} ${escapeHtml(
        i18n.formatPercent(number / 100, 1),
      )}`;
    }
    const year = String(date).slice(0, 4);
    return `${head}<br/>${escapeHtml(year)}: ${escapeHtml(t('svt.series.score'))} ${escapeHtml(i18n.formatNumber(number))}`;
  };
}
