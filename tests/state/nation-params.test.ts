// The Nationwide view's URL parameters: their codec (read back what it writes, defaults left out) and the
// check against the loaded data (an indicator the year lacks or an unknown region falls back, with a notice).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../src/domain/types.ts';
import { parseUrl, serialiseUrlState } from '../../src/state/url-state.ts';
import { nationParamsCodec, type NationParams } from '../../src/state/view-params/nation-params.ts';
import { resolveNationParams } from '../../src/views/nation/resolve-nation-params.ts';

const indicator = (code: string, firstYear: number, lastYear: number | null = null): Indicator => ({
  code,
  parent: code === 'total' ? null : 'total',
  level: code === 'total' ? 'total' : 'dimension',
  nameVi: code,
  nameEn: code,
  min: 1,
  max: 10,
  firstYear,
  lastYear,
});
const INDICATORS = [indicator('total', 2011), indicator('2', 2011), indicator('7', 2018)];
const REGIONS = new Set(['Central Highlands', 'Southeast']);

const code = fc.stringMatching(/^P\d{2}$/);
const nationValues: fc.Arbitrary<NationParams> = fc.record({
  indicator: fc.constantFrom('total', '2', '2.3', '7'),
  region: fc.option(fc.constantFrom('Central Highlands', 'Southeast'), { nil: null }),
  sort: fc.record({
    key: fc.oneof(
      fc.constantFrom('rank' as const, 'name' as const, 'change' as const, 'rankChange' as const),
      fc.constantFrom('total', '2', '2.3').map((i) => ({ indicator: i })),
    ),
    direction: fc.constantFrom('ascending' as const, 'descending' as const),
  }),
  compare: fc.uniqueArray(code, { maxLength: 6 }),
});

describe('the nation parameters codec', () => {
  it('reads back what it wrote, through a whole link', () => {
    fc.assert(
      fc.property(nationValues, (value) => {
        const link = serialiseUrlState({
          ...parseUrl('?view=nation').state,
          viewParams: nationParamsCodec.serialise(value),
        });
        expect(nationParamsCodec.parse(parseUrl(link).state.viewParams ?? {})).toEqual(value);
      }),
    );
  });

  it('reads a link written by hand: sort by dimension 2 descending, three provinces compared', () => {
    expect(nationParamsCodec.parse({ indicator: '2', sort: 'i2:desc', compare: 'p01, P43,P01,P14' })).toEqual(
      {
        indicator: '2',
        region: null,
        sort: { key: { indicator: '2' }, direction: 'descending' },
        compare: ['P01', 'P43', 'P14'],
      },
    );
  });

  it('falls back to rank order for a sort it cannot read, and keeps at most 6 provinces', () => {
    expect(nationParamsCodec.parse({ sort: 'bogus:sideways' }).sort).toEqual({
      key: 'rank',
      direction: 'ascending',
    });
    expect(nationParamsCodec.parse({ compare: 'A,B,C,D,E,F,G' }).compare).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
    ]);
  });
});

describe('the nation parameters against the data', () => {
  it('keeps a valid indicator and region without a notice', () => {
    const { params, notices } = resolveNationParams(
      { indicator: '7', region: 'Southeast' },
      2024,
      INDICATORS,
      REGIONS,
    );
    expect(params).toMatchObject({ indicator: '7', region: 'Southeast' });
    expect(notices).toEqual([]);
  });

  it('falls back to the total when the year lacks the indicator (dimension 7 in 2016), saying so', () => {
    const { params, notices } = resolveNationParams({ indicator: '7' }, 2016, INDICATORS, REGIONS);
    expect(params.indicator).toBe('total');
    expect(notices).toEqual([{ key: 'nation.notice.unknownIndicator', args: { value: '7', year: 2016 } }]);
  });

  it('falls back to the whole country for an unknown region, saying so', () => {
    const { params, notices } = resolveNationParams({ region: 'Atlantis' }, 2024, INDICATORS, REGIONS);
    expect(params.region).toBeNull();
    expect(notices).toEqual([{ key: 'nation.notice.unknownRegion', args: { value: 'Atlantis' } }]);
  });
});
