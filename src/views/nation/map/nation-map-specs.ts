// The map section's three chart specs, from the map queries' rows, in two parts that change apart: the big
// tile map (one indicator) and the figures of every dimension (the small multiples and the distribution
// strips), which an indicator switch leaves as they are.
import { createDistributionStripsSpec } from '../../../charts/distribution-strips/distribution-strips-spec.ts';
import type { TileColouring } from '../../../charts/tile-map/tile-map-rows.ts';
import { createTileMapSpec } from '../../../charts/tile-map/tile-map-spec.ts';
import { createTileMultiplesSpec } from '../../../charts/tile-map/tile-multiples-spec.ts';
import type { UnitKind } from '../../../domain/province-lineage.ts';
import type { Indicator, IndicatorCode } from '../../../domain/types.ts';
import type { Language } from '../../../i18n/languages.ts';
import { nationDimensionsMapSql, nationMapSql, type NationMapRow } from '../../../queries/nation-map.ts';
import { toStripPanels, toTilePanels } from './map-panels.ts';

/** What every figure of the section is drawn with. */
export interface MapFigureSettings {
  year: number;
  lang: Language;
  colour: TileColouring;
  selectedCode: string;
  source: string;
}

/** The year's map: the one its rows say (the same on every row), the old map when there is none. */
export const unitKindOf = (rows: readonly NationMapRow[]): UnitKind => rows[0]?.unitKind ?? 'old';

/** The big tile map of `indicator` (its rows from nationMapQuery), with its SQL for "Xem truy vấn". */
export function buildTileMapFigure(
  rows: readonly NationMapRow[],
  indicators: readonly Indicator[],
  indicator: IndicatorCode,
  { year, lang, colour, selectedCode, source }: MapFigureSettings,
) {
  const panels = toTilePanels(rows, indicators, lang);
  return {
    ...createTileMapSpec({ unitKind: unitKindOf(rows), year, panels }, { colour, selectedCode, source }),
    query: nationMapSql(year, indicator),
  };
}

/**
 * The small multiples and the strips of every dimension (their rows from nationDimensionsMapQuery), drawn on
 * `unitKind`'s map: the big map's, so the three figures of a year lie on one map.
 */
export function buildDimensionFigures(
  rows: readonly NationMapRow[],
  indicators: readonly Indicator[],
  unitKind: UnitKind,
  { year, lang, colour, selectedCode, source }: MapFigureSettings,
) {
  const panels = toTilePanels(rows, indicators, lang);
  const query = nationDimensionsMapSql(year);
  return {
    multiples: {
      ...createTileMultiplesSpec({ unitKind, year, panels }, { colour, selectedCode, source }),
      query,
    },
    strips: {
      ...createDistributionStripsSpec(
        { year, panels: toStripPanels(panels, rows) },
        { selectedCode, source },
      ),
      query,
    },
  };
}
