// The Dimensions view redraws its parts (small multiples) in place on each indicator switch that changes the
// parent (the tooltip kept, REPLACE_ALL_BUT_TOOLTIP): after any run of switches one ECharts instance draws what
// a new chart draws, as panels go and come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMultiplesSpec } from '../../../src/charts/subdimension-multiples/multiples-spec.ts';
import type { Connector } from '../../../src/db/connector.ts';
import type { Indicator } from '../../../src/domain/types.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchIndicatorChildren } from '../../../src/queries/indicator-children.ts';
import { fetchIndicators } from '../../../src/queries/indicators.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { redrawInPlace } from '../redraw-in-place.ts';

const vi = createI18n('vi');
/** The years the view's shared x axis spans with the bundled data. */
const AXIS_YEARS = Array.from({ length: 14 }, (_, i) => 2011 + i);

let conn: Connector;
let indicators: Indicator[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  indicators = await fetchIndicators(conn);
});
afterAll(async () => {
  await conn.close();
});

describe('the Dimensions parts redrawn in place on an indicator switch', () => {
  it('the parts draw, after each switch of parent, what new ones draw', async () => {
    const parents = ['total', '8', '5', '1', 'total', '3'];
    const specs = [];
    for (const parent of parents) {
      const parts = indicators
        .filter((i) => i.parent === parent)
        .map((i) => ({ code: i.code, label: i.nameVi }));
      specs.push(
        createMultiplesSpec(
          { years: AXIS_YEARS, parts, points: await fetchIndicatorChildren(conn, 'P43', parent) },
          { provinceName: 'Đắk Nông', parentLabel: parent },
        ),
      );
    }
    // 8 dimensions for the total, 3 parts of dimension 8, 2 of dimension 5: panels must go and come back.
    expect(new Set(specs.map((spec) => spec.rows.parts.length)).size).toBeGreaterThan(2);
    redrawInPlace(specs, vi).forEach(({ kept, fresh }, index) =>
      expect(kept, `after switch ${index} to the parts of ${parents[index]}`).toEqual(fresh),
    );
  });
});
