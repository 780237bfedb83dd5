// The trend's tooltip: everything about one year, read from the rows (not from ECharts' params), escaped.
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import type { IndicatorTrendRows, IndicatorTrendSettings } from './indicator-trend-rows.ts';

const line = (label: string, value: string, bold = false): string =>
  `<div>${bold ? '<b>' : ''}${escapeHtml(label)}: ${escapeHtml(value)}${bold ? '</b>' : ''}</div>`;

/** The formatter ECharts calls with the hovered axis year. */
export function buildIndicatorTooltipFormatter(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings,
  i18n: I18n,
): (params: unknown) => string {
  const { t, formatNumber } = i18n;
  return (params: unknown) => {
    const first = (Array.isArray(params) ? params[0] : params) as { axisValue?: unknown } | undefined;
    const year = Number(first?.axisValue);
    const national = rows.years.find((y) => y.year === year);
    const score = (code: string) => rows.panel.find((r) => r.provinceCode === code && r.year === year);
    const own = score(settings.provinceCode);
    const parts = [`<div><b>${escapeHtml(year)}</b></div>`];
    parts.push(
      line(
        settings.provinceName,
        own === undefined
          ? t('chart.tooltip.noScore')
          : `${formatNumber(own.score)} (${t('chart.tooltip.rank')} ${i18n.formatRank(own.rank, own.scoredCount)})`,
        true,
      ),
    );
    for (const predecessor of settings.predecessors ?? []) {
      const value = score(predecessor.code);
      if (value !== undefined) parts.push(line(predecessor.name, formatNumber(value.score), true));
    }
    if (national?.nationalMedian != null) {
      parts.push(line(t('chart.trend.median'), formatNumber(national.nationalMedian)));
      parts.push(
        line(
          t('dimensions.trend.minmax'),
          `${formatNumber(national.nationalMin)}–${formatNumber(national.nationalMax)}`,
        ),
      );
      parts.push(
        line(
          t('dimensions.trend.iqr'),
          `${formatNumber(national.nationalP25)}–${formatNumber(national.nationalP75)}`,
        ),
      );
    }
    const peers = settings.peers
      .map((peer) => ({ name: peer.name, value: score(peer.code)?.score ?? null }))
      .sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
    for (const peer of peers) {
      parts.push(
        line(peer.name, peer.value === null ? t('chart.tooltip.noScore') : formatNumber(peer.value)),
      );
    }
    if (national !== undefined && !national.comparableWithPrevious && national.nationalMedian != null) {
      parts.push(`<div>${escapeHtml(t('chart.tooltip.notComparable'))}</div>`);
    }
    return parts.join('');
  };
}
