// The trend's data as a table: one row per year with the province, each peer and the national spread.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeIndicatorTrend } from './indicator-trend-description.ts';
import type { IndicatorTrendRows, IndicatorTrendSettings } from './indicator-trend-rows.ts';

/** Missing stays visibly missing ("–"), never 0. */
export function buildIndicatorTrendTable(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings,
  i18n: I18n,
): ChartTable {
  const { t, formatNumber } = i18n;
  const description = describeIndicatorTrend(rows, settings, i18n);
  const scoreOf = (code: string, year: number): string => {
    const row = rows.panel.find((r) => r.provinceCode === code && r.year === year);
    return row === undefined ? '–' : formatNumber(row.score);
  };
  const num = (value: number | null): string => (value === null ? '–' : formatNumber(value));
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [
      t('chart.table.year'),
      settings.provinceName,
      ...(settings.predecessors ?? []).map((p) => p.name),
      ...settings.peers.map((p) => p.name),
      t('chart.trend.median'),
      t('chart.tooltip.min'),
      t('chart.tooltip.max'),
      t('dimensions.table.p25'),
      t('dimensions.table.p75'),
      t('dimensions.table.comparable'),
    ],
    rows: rows.years.map((y) => ({
      header: String(y.year),
      cells: [
        scoreOf(settings.provinceCode, y.year),
        ...(settings.predecessors ?? []).map((p) => scoreOf(p.code, y.year)),
        ...settings.peers.map((p) => scoreOf(p.code, y.year)),
        num(y.nationalMedian),
        num(y.nationalMin),
        num(y.nationalMax),
        num(y.nationalP25),
        num(y.nationalP75),
        y.comparableWithPrevious ? t('dimensions.table.yes') : t('dimensions.table.no'),
      ],
    })),
  };
}
