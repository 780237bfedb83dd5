// The strips as a table: a row per dimension with its quartile cuts and the selected unit's standing.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartTable } from '../chart-spec.ts';
import { unitName } from '../tile-map/tile-map-rows.ts';
import { describeStrips } from './strip-description.ts';
import type { StripRows, StripSettings } from './strip-rows.ts';
import { findSelected } from './strip-rows.ts';

export function buildStripTable(rows: StripRows, settings: StripSettings, i18n: I18n): ChartTable {
  const { t } = i18n;
  const description = describeStrips(rows, settings, i18n);
  const selected = findSelected(rows, settings);
  const standing = (units: StripRows['panels'][number]['units']): string[] => {
    const unit = units.find((u) => u.code === selected?.code);
    if (unit?.score == null || unit.group === null) return ['–', '–', '–'];
    return [
      i18n.formatNumber(unit.score),
      i18n.formatRank(unit.rank, unit.scoredCount),
      t(`group.${unit.group}`),
    ];
  };
  return {
    caption: `${description.title}. ${description.subtitle}`,
    columns: [
      t('chart.table.dimension'),
      t('nationMap.strips.table.p25'),
      t('nationMap.strips.table.median'),
      t('nationMap.strips.table.p75'),
      ...(selected === undefined
        ? []
        : [
            `${unitName(selected, i18n.lang)}: ${t('nationMap.table.score')}`,
            t('nationMap.table.rank'),
            t('nationMap.table.group'),
          ]),
    ],
    rows: rows.panels.map((panel) => ({
      header: panel.label,
      cells: [
        i18n.formatNumber(panel.p25),
        i18n.formatNumber(panel.median),
        i18n.formatNumber(panel.p75),
        ...(selected === undefined ? [] : standing(panel.units)),
      ],
    })),
  };
}
