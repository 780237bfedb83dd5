// The big map's title, subtitle (which map, what the colour means) and summary (how many scored, who leads).
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import type { TileMapRows, TileMapSettings, TilePanel } from './tile-map-rows.ts';
import { unitName } from './tile-map-rows.ts';

/** "63 tỉnh, thành phố đến 2024" or "34 tỉnh, thành phố từ 1/7/2025". */
export const mapName = (rows: TileMapRows, i18n: I18n): string =>
  i18n.t(rows.unitKind === 'new' ? 'nationMap.map.new' : 'nationMap.map.old');

/** The units scored on `panel`, best rank first (ties by code). */
export function scoredByRank(panel: TilePanel | undefined) {
  return (panel?.units ?? [])
    .filter((u) => u.score !== null && u.rank !== null)
    .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || a.code.localeCompare(b.code));
}

export function describeTileMap(rows: TileMapRows, settings: TileMapSettings, i18n: I18n): ChartDescription {
  const { t } = i18n;
  const panel = rows.panels[0];
  const scored = scoredByRank(panel);
  const top = scored[0];
  return {
    title: t('nationMap.title', { indicator: panel?.label ?? '', year: rows.year }),
    subtitle: t(settings.colour === 'group' ? 'nationMap.subtitle.group' : 'nationMap.subtitle.score', {
      map: mapName(rows, i18n),
      count: scored.length,
    }),
    summary:
      top === undefined
        ? t('nationMap.summaryNone')
        : t('nationMap.summary', {
            count: scored.length,
            top: unitName(top, i18n.lang),
            score: i18n.formatNumber(top.score),
          }),
  };
}
