// One small multiple as a table: every score year and every report period, in date order, with its axis date.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import type { ScoreCompletionRows, ScoreCompletionSettings } from './score-completion-data.ts';
import { scoreDate } from './score-completion-data.ts';

/** Rows by axis date; a year's score and a period's completion never share a row (they sit on different dates). */
export function buildScoreCompletionTable(
  rows: ScoreCompletionRows,
  settings: Pick<ScoreCompletionSettings, 'provinceName'>,
  i18n: I18n,
): ChartTable {
  const { t } = i18n;
  const entries = [
    ...rows.scores.map((point) => ({
      date: scoreDate(point.year),
      header: String(point.year),
      cells: [i18n.formatNumber(point.score), i18n.formatPercent(null)],
    })),
    ...(rows.completion ?? []).map((point) => ({
      date: point.periodEnd,
      header: i18n.formatPeriod(point.period),
      cells: [i18n.formatNumber(null), i18n.formatPercent(point.completionRate)],
    })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const withCompletion = rows.completion !== null;
  return {
    caption: t('svt.table.caption', { name: rows.dimensionName, province: settings.provinceName }),
    columns: [
      t('svt.table.when'),
      t('svt.table.date'),
      t('svt.table.score'),
      ...(withCompletion ? [t('svt.table.completion')] : []),
    ],
    rows: entries.map((entry) => ({
      header: entry.header,
      cells: [entry.date, ...(withCompletion ? entry.cells : entry.cells.slice(0, 1))],
    })),
  };
}
