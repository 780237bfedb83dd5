// The multiples as a table: what "Show as table" and the CSV export give.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeMultiples } from './multiples-description.ts';
import type { MultiplesRows, MultiplesSettings } from './multiples-rows.ts';

/** One row per part and year: the province's score and the national median ("–" where missing). */
export function buildMultiplesTable(
  rows: MultiplesRows,
  settings: MultiplesSettings,
  i18n: I18n,
): ChartTable {
  const description = describeMultiples(rows, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('chart.table.year'), ...rows.parts.map((p) => p.label)],
    rows: rows.years.map((year) => ({
      header: String(year),
      cells: rows.parts.map((part) => {
        const point = rows.points.find((p) => p.indicator === part.code && p.year === year);
        if (point === undefined) return '–';
        const score = point.score === null ? '–' : i18n.formatNumber(point.score);
        return `${score} (${i18n.t('chart.trend.median')}: ${i18n.formatNumber(point.nationalMedian)})`;
      }),
    })),
  };
}
