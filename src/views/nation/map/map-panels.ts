// From the map queries' rows to what the tile maps and the strips draw: one panel per indicator, labelled
// "2. Công khai, minh bạch…" (the total by its name alone), dimensions in number order.
import type { StripPanel } from '../../../charts/distribution-strips/strip-rows.ts';
import type { TilePanel } from '../../../charts/tile-map/tile-map-rows.ts';
import type { Indicator } from '../../../domain/types.ts';
import type { Language } from '../../../i18n/languages.ts';
import type { NationMapRow } from '../../../queries/nation-map.ts';
import { indicatorLabel } from '../../shared/indicator-options.ts';

/** An indicator's label on a map: the picker's wording (indicatorLabel), or its code when it is unknown. */
export function mapIndicatorLabel(code: string, indicators: readonly Indicator[], lang: Language): string {
  const indicator = indicators.find((i) => i.code === code);
  return indicator === undefined ? code : indicatorLabel(indicator, lang);
}

/** The rows as panels, one per indicator, in code order (1, 2, …, 10 numerically). */
export function toTilePanels(
  rows: readonly NationMapRow[],
  indicators: readonly Indicator[],
  lang: Language,
): TilePanel[] {
  const codes = [...new Set(rows.map((row) => row.indicator))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return codes.map((code) => ({
    indicator: code,
    label: mapIndicatorLabel(code, indicators, lang),
    units: rows.filter((row) => row.indicator === code),
  }));
}

/** The panels with their quartile cuts (the same on every row of an indicator), for the strips. */
export function toStripPanels(panels: readonly TilePanel[], rows: readonly NationMapRow[]): StripPanel[] {
  return panels.map((panel) => {
    const withCuts = rows.find((row) => row.indicator === panel.indicator && row.median !== null);
    return {
      ...panel,
      p25: withCuts?.p25 ?? null,
      median: withCuts?.median ?? null,
      p75: withCuts?.p75 ?? null,
    };
  });
}
