// The small multiples' title, subtitle and summary.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import { mapName } from './tile-map-description.ts';
import type { TileMapRows, TileMapSettings } from './tile-map-rows.ts';

export function describeTileMultiples(
  rows: TileMapRows,
  settings: TileMapSettings,
  i18n: I18n,
): ChartDescription {
  const { t } = i18n;
  const count = rows.panels.length;
  return {
    title: t('nationMap.multiples.title', { count, year: rows.year }),
    subtitle: t(
      settings.colour === 'group' ? 'nationMap.multiples.subtitle' : 'nationMap.multiples.subtitleScore',
      { map: mapName(rows, i18n) },
    ),
    summary: t('nationMap.multiples.summary', { count }),
  };
}
