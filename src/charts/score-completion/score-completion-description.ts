// One small multiple in words: title, subtitle with province and years, and a one-line summary.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { ScoreCompletionRows, ScoreCompletionSettings } from './score-completion-data.ts';
import { latestCompletion, latestScore } from './score-completion-data.ts';

/** Title, subtitle and summary ("điểm 2024: 4,60; hoàn thành Quý IV/2025: 35%") of one dimension's panel. */
export function describeScoreCompletion(
  rows: ScoreCompletionRows,
  settings: Pick<ScoreCompletionSettings, 'provinceName'>,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const years = rows.scores.map((point) => point.year);
  const from = years.length === 0 ? '' : Math.min(...years);
  const to = years.length === 0 ? '' : Math.max(...years);
  const periods = [...(rows.completion ?? [])].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const first = periods[0];
  const last = periods.at(-1);
  const subtitle =
    first === undefined || last === undefined
      ? t('svt.chart.subtitle', { province: settings.provinceName, from, to })
      : t('svt.chart.subtitlePlan', {
          province: settings.provinceName,
          from,
          to,
          first: i18n.formatPeriod(first.period),
          last: i18n.formatPeriod(last.period),
        });
  const score = latestScore(rows.scores);
  const completion = latestCompletion(rows.completion);
  let summary = t('svt.chart.summaryNone');
  if (score !== undefined) {
    summary =
      completion === undefined
        ? t('svt.chart.summary', { year: score.year, score: i18n.formatNumber(score.score) })
        : t('svt.chart.summaryCompletion', {
            year: score.year,
            score: i18n.formatNumber(score.score),
            period: i18n.formatPeriod(completion.period),
            rate: i18n.formatPercent(completion.completionRate),
          });
  }
  if (rows.target != null)
    summary = `${summary}; ${t('leadership.targetLine', { value: i18n.formatNumber(rows.target.value) })}`;
  return { title: t('svt.chart.title', { name: rows.dimensionName }), subtitle, summary };
}
