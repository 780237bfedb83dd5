// The small multiples as a table: a row per unit (code order of the map), a column per dimension with
// "score (group)", so the CSV holds every square of every small map.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import type { TileMapRows, TileMapSettings } from './tile-map-rows.ts';
import { unitName } from './tile-map-rows.ts';
import { describeTileMultiples } from './tile-multiples-description.ts';

export function buildTileMultiplesTable(
  rows: TileMapRows,
  settings: TileMapSettings,
  i18n: I18n,
): ChartTable {
  const description = describeTileMultiples(rows, settings, i18n);
  const units = rows.panels[0]?.units ?? [];
  const cell = (panelIndex: number, code: string): string => {
    const unit = rows.panels[panelIndex]?.units.find((u) => u.code === code);
    if (unit?.score == null || unit.group === null) return '–';
    return `${i18n.formatNumber(unit.score)} (${i18n.t(`group.${unit.group}`)})`;
  };
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [i18n.t('nationMap.table.province'), ...rows.panels.map((p) => p.label)],
    rows: units.map((unit) => ({
      header: unitName(unit, i18n.lang),
      cells: rows.panels.map((_, index) => cell(index, unit.code)),
    })),
  };
}
