// The multiples as a table: what "Show as table" and the CSV export give.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeMultiples } from './multiples-description.ts';
import type { MultiplesRows, MultiplesSettings, PartPoint } from './multiples-rows.ts';
import { hasOwnPartScores } from './multiples-rows.ts';

/**
 * One row per part and year: the province's score and the national median ("–" where missing); a new unit
 * without scores gives each predecessor's score instead, named ("Đắk Nông (cũ): 1,23"), side by side.
 */
export function buildMultiplesTable(
  rows: MultiplesRows,
  settings: MultiplesSettings,
  i18n: I18n,
): ChartTable {
  const description = describeMultiples(rows, settings, i18n);
  const predecessors = rows.predecessors ?? [];
  const showOwn = hasOwnPartScores(rows) || predecessors.length === 0;
  const scoreText = (score: number | null | undefined) =>
    score === null || score === undefined ? '–' : i18n.formatNumber(score);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('chart.table.year'), ...rows.parts.map((p) => p.label)],
    rows: rows.years.map((year) => ({
      header: String(year),
      cells: rows.parts.map((part) => {
        const at = (points: readonly PartPoint[]) =>
          points.find((p) => p.indicator === part.code && p.year === year);
        const point = at(rows.points);
        if (point === undefined) return '–';
        const scores = [
          ...(showOwn ? [scoreText(point.score)] : []),
          ...predecessors.map((p) => `${p.name}: ${scoreText(at(p.points)?.score)}`),
        ].join('; ');
        return `${scores} (${i18n.t('chart.trend.median')}: ${i18n.formatNumber(point.nationalMedian)})`;
      }),
    })),
  };
}
