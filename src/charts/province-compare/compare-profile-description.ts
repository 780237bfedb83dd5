// The profile chart in words (title, subtitle, summary) and as a table (a row per dimension, a column per entry).
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription, ChartTable } from '../chart-spec.ts';
import { joinEntryLabels } from './compare-entries.ts';
import { pointScore, type CompareProfilePoint, type CompareProfileSettings } from './compare-profile-data.ts';

/** Title, subtitle and a one-line summary. */
export function describeCompareProfile(
  _rows: readonly CompareProfilePoint[],
  settings: CompareProfileSettings,
  i18n: I18n,
): ChartDescription {
  return {
    title: i18n.t('chart.compareProfile.title', {
      year: settings.year,
      names: joinEntryLabels(settings.entries, i18n.locale),
    }),
    subtitle: i18n.t('chart.compareProfile.subtitle'),
    summary: i18n.t('chart.compareProfile.summary', {
      count: settings.entries.length,
      dimensions: settings.dimensions.length,
    }),
  };
}

/** The data as a table: a row per dimension, a column per entry. */
export function buildCompareProfileTable(
  rows: readonly CompareProfilePoint[],
  settings: CompareProfileSettings,
  i18n: I18n,
): ChartTable {
  return {
    caption: describeCompareProfile(rows, settings, i18n).title,
    columns: [
      i18n.t('nation.compare.differences.indicator'),
      ...settings.entries.map((entry) => entry.label),
    ],
    rows: settings.dimensions.map((dimension) => ({
      header: `${dimension.code}. ${dimension.name}`,
      cells: settings.entries.map((entry) => i18n.formatNumber(pointScore(rows, entry.code, dimension.code))),
    })),
  };
}
