// The tile maps' rows for 2024 as the section builds them: through the map's queries on the bundled data.
import type { TileMapRows } from '../../../src/charts/tile-map/tile-map-rows.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { fetchNationDimensionsMap, fetchNationMap } from '../../../src/queries/nation-map.ts';

/** The big map's rows: one indicator of `year`. */
export async function fetchTileRows(conn: Connector, year: number, indicator: string): Promise<TileMapRows> {
  const units = await fetchNationMap(conn, year, indicator);
  return {
    unitKind: units[0]?.unitKind ?? 'old',
    year,
    panels: [{ indicator, label: indicator === 'total' ? 'Tổng hợp' : `Chỉ số ${indicator}`, units }],
  };
}

/** The small multiples' rows: every dimension of `year`. */
export async function fetchMultiplesRows(conn: Connector, year: number): Promise<TileMapRows> {
  const units = await fetchNationDimensionsMap(conn, year);
  const indicators = [...new Set(units.map((u) => u.indicator))];
  return {
    unitKind: units[0]?.unitKind ?? 'old',
    year,
    panels: indicators.map((indicator) => ({
      indicator,
      label: `${indicator}. Chỉ số ${indicator}`,
      units: units.filter((u) => u.indicator === indicator),
    })),
  };
}
