// The tooltip of a square: the unit's name, the indicator's score, rank and group (or that it has no score);
// an archipelago's name and the province it belongs to. Every text escaped.
import type { TileLayout } from '../../domain/tile-layouts/tile-layout.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import type { TilePanel } from './tile-map-rows.ts';
import { unitName } from './tile-map-rows.ts';
import type { TileDatum } from './tile-series.ts';

/** The lines a unit's tooltip (and its table row) say, plain text. */
export function describeTile(panel: TilePanel, code: string, i18n: I18n): string[] {
  const { t } = i18n;
  const unit = panel.units.find((u) => u.code === code);
  if (unit === undefined) return [];
  if (unit.score === null || unit.group === null)
    return [unitName(unit, i18n.lang), `${panel.label}: ${t('nationMap.noScore').toLowerCase()}`];
  return [
    unitName(unit, i18n.lang),
    `${panel.label}: ${i18n.formatNumber(unit.score)}`,
    `${t('chart.tooltip.rank')} ${i18n.formatRank(unit.rank, unit.scoredCount)} · ${t('nationMap.tooltip.group')} ${t(
      `group.${unit.group}`,
    )}`,
  ];
}

/** The tooltip component of the tile figures. */
export function buildTileTooltip(panels: readonly TilePanel[], layout: TileLayout, i18n: I18n) {
  const nameOf = (code: string) => {
    const unit = panels[0]?.units.find((u) => u.code === code);
    return unit === undefined ? code : unitName(unit, i18n.lang);
  };
  return {
    trigger: 'item',
    // Inside the chart's box: beside a square near the map's edge it was placed half off the page.
    confine: true,
    formatter: (p: { data?: unknown }) => {
      const datum = p.data as TileDatum | undefined;
      const panel = panels[datum?.panel ?? -1];
      if (datum === undefined || panel === undefined) return '';
      if (datum.island !== undefined) {
        const island = layout.islands.find((i) => i.id === datum.island);
        return `<b>${escapeHtml(i18n.t(`nationMap.island.${datum.island}`))}</b><br>${escapeHtml(
          i18n.t('nationMap.island.belongsTo', { province: nameOf(island?.besideCode ?? '') }),
        )}`;
      }
      const [name, ...rest] = describeTile(panel, datum.code ?? '', i18n);
      return [`<b>${escapeHtml(name)}</b>`, ...rest.map(escapeHtml)].join('<br>');
    },
  };
}
