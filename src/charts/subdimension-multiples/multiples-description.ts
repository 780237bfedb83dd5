// The multiples' title, subtitle (province, years, the shared-scale note) and summary.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { MultiplesRows, MultiplesSettings } from './multiples-rows.ts';

export function describeMultiples(
  rows: MultiplesRows,
  settings: MultiplesSettings,
  i18n: I18n,
): ChartDescription {
  const from = rows.years[0] ?? '';
  const to = rows.years.at(-1) ?? '';
  return {
    title: i18n.t('dimensions.multiples.title', { indicator: settings.parentLabel }),
    subtitle: `${i18n.t('dimensions.subtitle', { province: settings.provinceName, from, to })} ${i18n.t(
      'dimensions.multiples.note',
    )}`,
    summary: i18n.t('dimensions.multiples.summary', { count: rows.parts.length }),
  };
}
