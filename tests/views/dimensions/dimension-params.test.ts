import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/types.ts';
import {
  DEFAULT_DIMENSION_PARAMS,
  parseDimensionParams,
  serializeDimensionParams,
} from '../../../src/views/dimensions/dimension-params.ts';
import { buildIndicatorOptionGroups, partsParentOf } from '../../../src/views/shared/indicator-options.ts';
import { buildRankRows } from '../../../src/views/dimensions/rank-rows.ts';

const known = {
  indicators: new Set(['total', '2', '2.1', '5.2']),
  provinces: new Set(['P40', 'P43', 'P01']),
};

describe('parseDimensionParams', () => {
  it('reads indicator, peers, band and colour from a link', () => {
    expect(
      parseDimensionParams({ indicator: '2.1', peers: 'P40,p01', band: 'iqr', colour: 'score' }, known),
    ).toEqual({
      indicator: '2.1',
      peers: { kind: 'list', codes: ['P40', 'P01'] },
      band: 'iqr',
      colour: 'score',
    });
  });

  it('falls back to the total, the region and the defaults for unknown values, without throwing', () => {
    expect(
      parseDimensionParams({ indicator: '9.9', peers: 'X1,,', band: 'all', colour: 'red' }, known),
    ).toEqual(DEFAULT_DIMENSION_PARAMS);
    expect(parseDimensionParams({}, known)).toEqual(DEFAULT_DIMENSION_PARAMS);
  });

  it('accepts the word region, and none for no peers', () => {
    expect(parseDimensionParams({ peers: 'region' }, known).peers).toEqual({ kind: 'region' });
    expect(parseDimensionParams({ peers: 'none' }, known).peers).toEqual({ kind: 'list', codes: [] });
  });
});

describe('serializeDimensionParams', () => {
  it('leaves defaults out and round-trips the rest', () => {
    expect(serializeDimensionParams(DEFAULT_DIMENSION_PARAMS)).toEqual({});
    const state = {
      indicator: '5.2',
      peers: { kind: 'list' as const, codes: ['P01', 'P40'] },
      band: 'minmax' as const,
      colour: 'score' as const,
    };
    const params = serializeDimensionParams(state);
    expect(params).toEqual({ indicator: '5.2', peers: 'P01,P40', band: 'minmax', colour: 'score' });
    expect(parseDimensionParams(params, known)).toEqual(state);
    expect(
      parseDimensionParams(serializeDimensionParams({ ...state, peers: { kind: 'list', codes: [] } }), known)
        .peers,
    ).toEqual({
      kind: 'list',
      codes: [],
    });
  });
});

const indicator = (
  code: string,
  level: Indicator['level'],
  parent: string | null,
  name: string,
): Indicator => ({
  code,
  level,
  parent,
  nameVi: name,
  nameEn: `${name} (en)`,
  min: 0,
  max: 10,
  firstYear: 2011,
  lastYear: null,
});

describe('buildIndicatorOptionGroups', () => {
  const indicators = [
    indicator('2.1', 'subdimension', '2', 'Tiếp cận thông tin'),
    indicator('10', 'dimension', 'total', 'Mười'),
    indicator('2', 'dimension', 'total', 'Công khai'),
    indicator('total', 'total', null, 'Tổng hợp'),
  ];
  it('puts the total first, then each dimension by number with its sub-dimensions, in the chosen language', () => {
    expect(buildIndicatorOptionGroups(indicators, 'vi')).toEqual([
      { label: null, options: [{ code: 'total', label: 'Tổng hợp' }] },
      {
        label: '2. Công khai',
        options: [
          { code: '2', label: '2. Công khai' },
          { code: '2.1', label: '2.1. Tiếp cận thông tin' },
        ],
      },
      { label: '10. Mười', options: [{ code: '10', label: '10. Mười' }] },
    ]);
    expect(buildIndicatorOptionGroups(indicators, 'en')[1]?.label).toBe('2. Công khai (en)');
  });

  it('shows a sub-dimension’s siblings as the parts, a dimension its own', () => {
    expect(partsParentOf(indicators[0])).toBe('2');
    expect(partsParentOf(indicators[2])).toBe('2');
    expect(partsParentOf(undefined)).toBe('total');
  });
});

describe('buildRankRows', () => {
  it('lists every year newest first, with empty cells where the province has no score', () => {
    const rows = buildRankRows(
      [2022, 2023],
      [{ provinceCode: 'P43', year: 2022, score: 5, rank: 3, scoredCount: 63, papiGroup: 'high' }],
      'P43',
    );
    expect(rows).toEqual([
      { year: 2023, score: null, rank: null, scoredCount: null, group: null },
      { year: 2022, score: 5, rank: 3, scoredCount: 63, group: 'high' },
    ]);
  });
});
