// The trend in words: title, subtitle (province, years, peers, where and why the line breaks) and summary.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { IndicatorTrendRows, IndicatorTrendSettings } from './indicator-trend-rows.ts';
import { drawnPredecessors } from './indicator-trend-predecessors.ts';
import { provinceRowsByYear, splitIndicatorSegments } from './indicator-trend-rows.ts';

/** The sentence about breaks and coverage, e.g. "Đường ngắt năm 2018: cách tính thay đổi…". */
export function describeIndicatorBreaks(rows: IndicatorTrendRows, i18n: I18n): string {
  const segments = splitIndicatorSegments(rows.years);
  const parts: string[] = [];
  const breakYears = segments.filter((s) => s.startsAtBreak).map((s) => s.firstYear);
  if (breakYears.length > 0) parts.push(i18n.t('dimensions.trend.breaks', { years: breakYears.join(', ') }));
  const first = segments[0]?.firstYear;
  const last = segments.at(-1)?.lastYear;
  const axisFirst = rows.years[0]?.year;
  const axisLast = rows.years.at(-1)?.year;
  if (first !== undefined && last !== undefined && (first !== axisFirst || last !== axisLast)) {
    parts.push(i18n.t('dimensions.trend.coverage', { from: first, to: last }));
  }
  return parts.join(' ');
}

/** Title, subtitle and summary ("năm 2024: 5,12, hạng 40/61") of the indicator's trend. */
export function describeIndicatorTrend(
  rows: IndicatorTrendRows,
  settings: IndicatorTrendSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const from = rows.years[0]?.year ?? '';
  const to = rows.years.at(-1)?.year ?? '';
  const peers =
    settings.peers.length === 0
      ? t('dimensions.trend.noPeers')
      : t('dimensions.trend.peers', { names: settings.peers.map((p) => p.name).join(', ') });
  const subtitle = [
    t('dimensions.subtitle', { province: settings.provinceName, from, to }),
    peers,
    describeIndicatorBreaks(rows, i18n),
    settings.predecessorNote !== undefined && drawnPredecessors(rows, settings).length > 0
      ? settings.predecessorNote
      : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  const own = [...provinceRowsByYear(rows.panel, settings.provinceCode).values()].sort(
    (a, b) => b.year - a.year,
  );
  const latest = own[0];
  const scoreSummary =
    latest === undefined
      ? t('chart.trend.summaryNone')
      : t('chart.trend.summary', {
          year: latest.year,
          score: i18n.formatNumber(latest.score),
          rank: i18n.formatRank(latest.rank, latest.scoredCount),
        });
  // The target line is named in words too, so a screen reader hears it.
  const summary =
    settings.target == null
      ? scoreSummary
      : `${scoreSummary}; ${t('leadership.targetLine', { value: i18n.formatNumber(settings.target.value) })}`;
  return {
    title: t('dimensions.trend.title', {
      indicator: settings.indicatorLabel,
      province: settings.provinceName,
    }),
    subtitle,
    summary,
  };
}
