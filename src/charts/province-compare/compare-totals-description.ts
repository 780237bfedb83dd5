// The totals chart in words and as a table (a row per year, a column per entry).
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription, ChartTable } from '../chart-spec.ts';
import { joinEntryLabels } from './compare-entries.ts';
import {
  axisYears,
  breakYears,
  type CompareTotalPoint,
  type CompareTotalsSettings,
} from './compare-totals-data.ts';

/** Title, a subtitle naming the break years, and a summary. */
export function describeCompareTotals(
  rows: readonly CompareTotalPoint[],
  settings: CompareTotalsSettings,
  i18n: I18n,
): ChartDescription {
  const breaks = breakYears(rows);
  const years = axisYears(rows);
  return {
    title: i18n.t('chart.compareTotals.title', { names: joinEntryLabels(settings.entries, i18n.locale) }),
    subtitle:
      breaks.length === 0
        ? i18n.t('chart.compareTotals.subtitleNoBreak')
        : i18n.t('chart.compareTotals.subtitle', { years: breaks.join(', ') }),
    summary: i18n.t('chart.compareTotals.summary', {
      count: settings.entries.length,
      from: years[0] ?? '',
      to: years[years.length - 1] ?? '',
    }),
  };
}

/** The data as a table: newest year first, an empty cell where an entry has no total. */
export function buildCompareTotalsTable(
  rows: readonly CompareTotalPoint[],
  settings: CompareTotalsSettings,
  i18n: I18n,
): ChartTable {
  return {
    caption: describeCompareTotals(rows, settings, i18n).title,
    columns: ['', ...settings.entries.map((entry) => entry.label)],
    rows: [...axisYears(rows)].reverse().map((year) => ({
      header: String(year),
      cells: settings.entries.map((entry) =>
        i18n.formatNumber(rows.find((row) => row.entryCode === entry.code && row.year === year)?.total),
      ),
    })),
  };
}
