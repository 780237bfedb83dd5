// The big map as a table: every unit, best rank first, the unscored at the end; what "Show as table", the
// CSV export and a keyboard user get.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { describeTileMap, scoredByRank } from './tile-map-description.ts';
import type { TileMapRows, TileMapSettings, TilePanel } from './tile-map-rows.ts';
import { unitName } from './tile-map-rows.ts';

/** The rows of one panel: name; score, rank, group (dashes where unscored). */
export function tilePanelTableRows(panel: TilePanel | undefined, i18n: I18n): ChartTable['rows'] {
  const scored = scoredByRank(panel);
  const unscored = (panel?.units ?? [])
    .filter((u) => u.score === null || u.rank === null)
    .sort((a, b) => unitName(a, i18n.lang).localeCompare(unitName(b, i18n.lang), i18n.locale));
  return [
    ...scored.map((u) => ({
      header: unitName(u, i18n.lang),
      cells: [
        i18n.formatNumber(u.score),
        i18n.formatRank(u.rank, u.scoredCount),
        u.group === null ? '–' : i18n.t(`group.${u.group}`),
      ],
    })),
    ...unscored.map((u) => ({
      header: unitName(u, i18n.lang),
      cells: ['–', '–', i18n.t('nationMap.noScore')],
    })),
  ];
}

export function buildTileMapTable(rows: TileMapRows, settings: TileMapSettings, i18n: I18n): ChartTable {
  const { t } = i18n;
  const description = describeTileMap(rows, settings, i18n);
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [
      t('nationMap.table.province'),
      t('nationMap.table.score'),
      t('nationMap.table.rank'),
      t('nationMap.table.group'),
    ],
    rows: tilePanelTableRows(rows.panels[0], i18n),
  };
}
