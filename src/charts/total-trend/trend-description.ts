// The trend in words: title, a subtitle that names each break in the line, and a one-line summary.
import type { TotalTrendPoint } from '../../domain/types.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { PredecessorTotals } from './trend-predecessors.ts';
import { drawnPredecessorTotals } from './trend-predecessors.ts';
import { splitComparableSegments } from './trend-segments.ts';

/** Why the line breaks, one sentence per break, from the rows (a change in the number of dimensions or not). */
export function describeTrendBreaks(points: readonly TotalTrendPoint[], i18n: I18n): string {
  const segments = splitComparableSegments(points);
  if (segments.length < 2) return i18n.t('chart.trend.subtitle.noBreak');
  return segments
    .slice(1)
    .map((segment, i) => {
      const before = segments[i];
      const year = segment.firstYear;
      if (before !== undefined && before.dimensionCount !== segment.dimensionCount) {
        return i18n.t('chart.trend.subtitle.dimensionBreak', {
          year,
          before: before.dimensionCount,
          after: segment.dimensionCount,
        });
      }
      return i18n.t('chart.trend.subtitle.break', { year });
    })
    .join(' ');
}

/** Title, subtitle and summary ("năm 2024: 40,54, hạng 58/61") of a province's trend. */
export function describeTotalTrend(
  points: readonly TotalTrendPoint[],
  settings: {
    provinceName: string;
    predecessors?: readonly PredecessorTotals[] | undefined;
    predecessorNote?: string | undefined;
  },
  i18n: I18n,
): ChartDescription {
  const years = points.map((p) => p.year);
  const title = i18n.t('chart.trend.title', {
    province: settings.provinceName,
    from: years.length === 0 ? '' : Math.min(...years),
    to: years.length === 0 ? '' : Math.max(...years),
  });
  const latest = [...points].sort((a, b) => b.year - a.year).find((p) => p.score != null);
  const summary =
    latest?.score == null
      ? i18n.t('chart.trend.summaryNone')
      : i18n.t('chart.trend.summary', {
          year: latest.year,
          score: i18n.formatNumber(latest.score),
          rank: i18n.formatRank(latest.rank, latest.scoredCount),
        });
  const predecessorNote =
    settings.predecessorNote !== undefined && drawnPredecessorTotals(points, settings.predecessors).length > 0
      ? ` ${settings.predecessorNote}`
      : '';
  return { title, subtitle: `${describeTrendBreaks(points, i18n)}${predecessorNote}`, summary };
}
