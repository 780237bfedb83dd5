// The tile figures are redrawn on screen by replacing their components by id (ChartSpec.replaceMerge) rather
// than from scratch: after any run of switches (indicator, year and so map and number of dimensions, group
// colouring ↔ score scale, selected province) one ECharts instance must draw exactly what a new chart draws
// from the same option: no legend, score scale, series, small map or title of an earlier switch survives, nor a
// legend placed for an earlier width (a phone turned: below 600 px the legend takes two lines).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TileColouring } from '../../../src/charts/tile-map/tile-map-rows.ts';
import { createTileMapSpec } from '../../../src/charts/tile-map/tile-map-spec.ts';
import { createTileMultiplesSpec } from '../../../src/charts/tile-map/tile-multiples-spec.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { redrawInPlace } from '../redraw-in-place.ts';
import { fetchMultiplesRows, fetchTileRows } from './tile-fixture.ts';

const vi = createI18n('vi');

/** One state of the Nationwide view the figures are redrawn for. */
interface Step {
  year: number;
  indicator: string;
  colour: TileColouring;
  selectedCode: string | null;
}

// Every kind of switch, each way: colouring both ways, indicators, a year of another number of dimensions.
const STEPS: readonly Step[] = [
  { year: 2024, indicator: '2', colour: 'group', selectedCode: 'P43' },
  { year: 2024, indicator: '2', colour: 'score', selectedCode: 'P43' },
  { year: 2024, indicator: 'total', colour: 'score', selectedCode: 'P14' },
  { year: 2015, indicator: 'total', colour: 'score', selectedCode: 'P14' },
  { year: 2015, indicator: '3', colour: 'group', selectedCode: 'P14' },
  { year: 2024, indicator: '8', colour: 'group', selectedCode: null },
  { year: 2024, indicator: '8', colour: 'score', selectedCode: null },
  { year: 2024, indicator: '1', colour: 'group', selectedCode: 'P43' },
];

let conn: Connector;
beforeAll(async () => {
  conn = await createLoadedConnector();
});
afterAll(async () => {
  await conn.close();
});

describe('the tile figures redrawn in place', () => {
  it('the big map draws, after each switch, what a new map draws', async () => {
    const specs = [];
    for (const step of STEPS)
      specs.push(createTileMapSpec(await fetchTileRows(conn, step.year, step.indicator), step));
    const drawn = redrawInPlace(specs, vi);
    drawn.forEach(({ kept, fresh }, index) => {
      expect(fresh.filter((shape) => shape.includes('ecmeta_ssr_type="chart"')).length).toBeGreaterThan(60);
      expect(kept, `after switch ${index} to ${JSON.stringify(STEPS[index])}`).toEqual(fresh);
    });
    // The steps do switch what a user sees: the colouring's legend texts come and go.
    const high = vi.t('group.high');
    expect(
      drawn.map(({ fresh }) => fresh.some((shape) => shape.startsWith('text') && shape.endsWith(`>${high}`))),
    ).toEqual(STEPS.map((step) => step.colour === 'group'));
  });

  it('the small multiples draw, after each year and colouring switch, what new ones draw', async () => {
    const specs = [];
    for (const step of STEPS)
      specs.push(createTileMultiplesSpec(await fetchMultiplesRows(conn, step.year), step));
    // 2015 had 6 dimensions, 2024 has 8: small maps must go and come back.
    expect(new Set(specs.map((spec) => spec.rows.panels.length))).toEqual(new Set([6, 8]));
    redrawInPlace(specs, vi).forEach(({ kept, fresh }, index) =>
      expect(kept, `after switch ${index} to ${JSON.stringify(STEPS[index])}`).toEqual(fresh),
    );
  });

  it('the big map draws, after its width crosses 600 px each way, what a new map of that width draws', async () => {
    // Wide, a phone, wide again, in each colouring: below 600 px 'Không có điểm' takes the legend's second line.
    const widthsPx = [960, 390, 960, 390, 960];
    const colours: TileColouring[] = ['score', 'score', 'score', 'group', 'group'];
    const rows = await fetchTileRows(conn, 2024, 'total');
    const specs = colours.map((colour) => createTileMapSpec(rows, { colour, selectedCode: 'P43' }));
    const drawn = redrawInPlace(specs, vi, widthsPx);
    drawn.forEach(({ kept, fresh }, index) =>
      expect(kept, `at ${widthsPx[index]} px, ${colours[index]} colouring`).toEqual(fresh),
    );
    // The widths do move what a user sees: the 'no score' legend item's text sits elsewhere.
    const noScore = (shapes: readonly string[]) =>
      shapes.find((shape) => shape.startsWith('text') && shape.endsWith(`>${vi.t('nationMap.noScore')}`));
    const [wide, narrow] = [noScore(drawn[0]?.fresh ?? []), noScore(drawn[1]?.fresh ?? [])];
    expect(wide).toBeDefined();
    expect(narrow).toBeDefined();
    expect(narrow).not.toEqual(wide);
  });
});
