// The strips' title (the selected unit, when it is on the map), subtitle and summary.
import type { I18n } from '../../i18n/create-i18n.ts';
import type { ChartDescription } from '../chart-spec.ts';
import { unitName } from '../tile-map/tile-map-rows.ts';
import type { StripRows, StripSettings } from './strip-rows.ts';
import { findSelected } from './strip-rows.ts';

export function describeStrips(rows: StripRows, settings: StripSettings, i18n: I18n): ChartDescription {
  const { t } = i18n;
  const selected = findSelected(rows, settings);
  const count = rows.panels.length;
  if (selected === undefined)
    return {
      title: t('nationMap.strips.titleNone', { year: rows.year }),
      subtitle: t('nationMap.strips.subtitle'),
      summary: t('nationMap.strips.summaryNone', { count }),
    };
  const province = unitName(selected, i18n.lang);
  const below = rows.panels.filter((panel) => {
    const score = panel.units.find((u) => u.code === selected.code)?.score ?? null;
    return score !== null && panel.median !== null && score < panel.median;
  }).length;
  return {
    title: t('nationMap.strips.title', { province, year: rows.year }),
    subtitle: t('nationMap.strips.subtitle'),
    summary: t('nationMap.strips.summary', { province, below, count }),
  };
}
