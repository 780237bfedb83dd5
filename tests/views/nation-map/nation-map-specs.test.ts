// The map section's two groups of figures on the bundled 2024 data: the big map of the chosen indicator, and the
// small multiples and strips of every dimension, which take no indicator (so a switch leaves them alone) and
// lie on the big map's map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/db/connector.ts';
import type { Indicator } from '../../../src/domain/types.ts';
import { fetchIndicators } from '../../../src/queries/indicators.ts';
import {
  fetchNationDimensionsMap,
  fetchNationMap,
  nationDimensionsMapSql,
  nationMapSql,
  type NationMapRow,
} from '../../../src/queries/nation-map.ts';
import {
  buildDimensionFigures,
  buildTileMapFigure,
  unitKindOf,
} from '../../../src/views/nation/map/nation-map-specs.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';

let conn: Connector;
let indicators: Indicator[];
let mapRows: NationMapRow[];
let dimensionRows: NationMapRow[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  indicators = await fetchIndicators(conn);
  mapRows = await fetchNationMap(conn, 2024, '2');
  dimensionRows = await fetchNationDimensionsMap(conn, 2024);
});
afterAll(async () => {
  await conn.close();
});

const settings = { year: 2024, lang: 'vi', colour: 'group', selectedCode: 'P43', source: 'PAPI' } as const;

describe('the map section’s figures', () => {
  it('draws the chosen indicator alone on the big map, with its own query', () => {
    const figure = buildTileMapFigure(mapRows, indicators, '2', settings);
    expect(figure.rows.panels.map((panel) => [panel.indicator, panel.label, panel.units.length])).toEqual([
      ['2', '2. Công khai, minh bạch trong việc ra quyết định ở địa phương', 63],
    ]);
    expect(figure.rows).toMatchObject({ unitKind: 'old', year: 2024 });
    expect(figure.query).toEqual(nationMapSql(2024, '2'));
  });

  it('draws the 8 dimensions of 2024 on the multiples and the strips, on the map it is given', () => {
    const { multiples, strips } = buildDimensionFigures(
      dimensionRows,
      indicators,
      unitKindOf(mapRows),
      settings,
    );
    const codes = ['1', '2', '3', '4', '5', '6', '7', '8'];
    expect(multiples.rows.panels.map((panel) => panel.indicator)).toEqual(codes);
    expect(multiples.rows.unitKind).toBe('old');
    expect(strips.rows.panels.map((panel) => panel.indicator)).toEqual(codes);
    // Each strip's median is its own dimension's (the rows carry it on every unit of that dimension).
    for (const panel of strips.rows.panels) {
      const row = dimensionRows.find((r) => r.indicator === panel.indicator && r.median !== null);
      expect(panel.median).toBe(row?.median);
    }
    expect(new Set(strips.rows.panels.map((panel) => panel.median)).size).toBe(8);
    expect(multiples.query).toEqual(nationDimensionsMapSql(2024));
    expect(strips.query).toEqual(nationDimensionsMapSql(2024));
    expect(multiples.settings).toMatchObject({ colour: 'group', selectedCode: 'P43' });
    expect(unitKindOf([])).toBe('old');
  });
});
