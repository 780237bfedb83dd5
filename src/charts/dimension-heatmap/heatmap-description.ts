// The heatmap's title, subtitle (province, years, what the colour means) and summary.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { HeatmapRows, HeatmapSettings } from './heatmap-rows.ts';

export function describeDimensionHeatmap(
  rows: HeatmapRows,
  settings: HeatmapSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const from = rows.years[0] ?? '';
  const to = rows.years.at(-1) ?? '';
  return {
    title: t('dimensions.heatmap.title', { province: settings.provinceName }),
    subtitle: `${t('dimensions.subtitle', { province: settings.provinceName, from, to })} ${t(
      settings.colour === 'rank' ? 'dimensions.heatmap.byRank' : 'dimensions.heatmap.byScore',
    )}`,
    summary: t('dimensions.heatmap.summary', { count: rows.cells.length }),
  };
}
