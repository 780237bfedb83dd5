import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import type { Indicator } from '../../src/domain/types.ts';
import { fetchIndicators } from '../../src/queries/indicators.ts';
import { listDimensionNames, mapDimensionNames } from '../../src/views/shared/indicator-names.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
let indicators: Indicator[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  indicators = await fetchIndicators(conn);
});
afterAll(async () => {
  await conn.close();
});

describe('dimension names', () => {
  it('names the eight dimensions, and only them, in the UI language', () => {
    const vi = mapDimensionNames(indicators, 'vi');
    const en = mapDimensionNames(indicators, 'en');
    expect(Object.keys(vi).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    const corruption = indicators.find((i) => i.code === '4');
    expect(vi['4']).toBe(corruption?.nameVi);
    expect(en['4']).toBe(corruption?.nameEn);
    expect(vi['4']).not.toBe(en['4']);
  });

  it('lists them in the order the indicators come, for panels drawn in that order', () => {
    const dimensionCodes = indicators.filter((i) => i.level === 'dimension').map((i) => i.code);
    expect(listDimensionNames(indicators, 'en').map((d) => d.code)).toEqual(dimensionCodes);
  });
});
