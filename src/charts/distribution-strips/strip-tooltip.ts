// A dot's tooltip: the unit, its score, rank and group; a tick's: which cut and its value. Every text escaped.
import type { I18n } from '../../i18n/create-i18n.ts';
import { escapeHtml } from '../escape-html.ts';
import { describeTile } from '../tile-map/tile-tooltip.ts';
import type { StripRows } from './strip-rows.ts';
import type { StripDatum } from './strip-series.ts';

const CUT_KEYS = {
  p25: 'nationMap.strips.table.p25',
  median: 'nationMap.strips.table.median',
  p75: 'nationMap.strips.table.p75',
} as const;

export function buildStripTooltip(rows: StripRows, i18n: I18n) {
  return {
    trigger: 'item',
    formatter: (p: { data?: unknown }) => {
      const datum = p.data as StripDatum | undefined;
      const panel = rows.panels[datum?.panel ?? -1];
      if (datum === undefined || panel === undefined) return '';
      if (datum.cut !== undefined)
        return `<b>${escapeHtml(panel.label)}</b><br>${escapeHtml(
          `${i18n.t(CUT_KEYS[datum.cut])}: ${i18n.formatNumber(datum.value[0])}`,
        )}`;
      const [name, ...rest] = describeTile(panel, datum.code ?? '', i18n);
      return [`<b>${escapeHtml(name)}</b>`, ...rest.map(escapeHtml)].join('<br>');
    },
  };
}
