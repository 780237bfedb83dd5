import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVINCE_CODE } from '../../src/domain/papi.ts';
import type { Province } from '../../src/domain/types.ts';
import { resolveProvince, resolveSelection, resolveYear } from '../../src/state/resolve-selection.ts';
import { parseUrl } from '../../src/state/url-state.ts';

const provinces: Province[] = [
  { code: 'P43', nameVi: 'Đắk Nông', nameEn: 'Dak Nong', region: 'Tây Nguyên' },
  { code: 'P14', nameVi: 'Quảng Ninh', nameEn: 'Quang Ninh', region: 'Đồng bằng sông Hồng' },
  { code: 'P15', nameVi: 'Bắc Giang', nameEn: 'Bac Giang', region: 'Trung du và miền núi phía Bắc' },
  { code: 'P17', nameVi: 'Vĩnh Phúc', nameEn: 'Vinh Phuc', region: 'Đồng bằng sông Hồng' },
];

/** Scored years as in data/papi-scores.csv (see tests/db/year-options.test.ts). */
const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const VINH_PHUC_YEARS = range(2011, 2023);
const BAC_GIANG_YEARS = [2011, 2012, 2013, 2015, 2016, 2017, 2018, 2019, 2020, 2023, 2024];
const DAK_NONG_YEARS = range(2011, 2024);
const HA_NOI_OLD: Province = {
  code: 'P01',
  nameVi: 'Hà Nội',
  nameEn: 'Hanoi',
  region: 'Đồng bằng sông Hồng',
};
const HA_NOI_NEW: Province = { ...HA_NOI_OLD, code: '01' };

describe('resolveProvince', () => {
  it('keeps a province the data knows', () => {
    expect(resolveProvince('P14', provinces)).toBe('P14');
  });

  it('falls back to the default for a code the data does not know', () => {
    expect(resolveProvince('P99', provinces)).toBe(DEFAULT_PROVINCE_CODE);
  });

  it('trusts the URL while the provinces are still loading', () => {
    expect(resolveProvince('P14', undefined)).toBe('P14');
  });
});

describe('resolveYear', () => {
  it('defaults to the latest year the province has a total', () => {
    expect(resolveYear(null, [2011, 2024, 2022])).toBe(2024);
  });

  it('keeps a requested year that has a score', () => {
    expect(resolveYear(2019, [2018, 2019, 2024])).toBe(2019);
  });

  it('does not invent a year without a score (e.g. Quảng Ninh 2023): it shows the latest instead', () => {
    expect(resolveYear(2023, [2021, 2022, 2024])).toBe(2024);
  });

  it('is null until the years are known, or when there are none', () => {
    expect(resolveYear(2024, undefined)).toBeNull();
    expect(resolveYear(2024, [])).toBeNull();
  });
});

describe('resolveSelection', () => {
  it('shows Vĩnh Phúc 2023 for ?province=P17&year=2024 and says it has no score in 2024', () => {
    const resolution = resolveSelection(parseUrl('?province=P17&year=2024'), {
      provinces,
      scoredYears: VINH_PHUC_YEARS,
    });
    expect(resolution).toEqual({
      state: { province: 'P17', year: 2023, lang: 'vi', view: 'overview' },
      year: 2023,
      notices: [{ key: 'notice.yearWithoutScore', args: { province: 'P17', year: 2024, shownYear: 2023 } }],
      complete: true,
    });
  });

  it('shows Bắc Giang 2024 for ?province=P15&year=2014 (no score in 2014)', () => {
    const resolution = resolveSelection(parseUrl('?province=P15&year=2014'), {
      provinces,
      scoredYears: BAC_GIANG_YEARS,
    });
    expect(resolution.state.year).toBe(2024);
    expect(resolution.notices).toEqual([
      { key: 'notice.yearWithoutScore', args: { province: 'P15', year: 2014, shownYear: 2024 } },
    ]);
  });

  it('shows the default province for ?province=P99 and says there is no such code', () => {
    const resolution = resolveSelection(parseUrl('?province=P99'), {
      provinces,
      scoredYears: DAK_NONG_YEARS,
    });
    expect(resolution.state).toEqual({ province: 'P43', year: null, lang: 'vi', view: 'overview' });
    expect(resolution.year).toBe(2024);
    expect(resolution.notices).toEqual([
      { key: 'notice.unknownProvince', args: { requested: 'P99', shownProvince: 'P43' } },
    ]);
  });

  it('reports every malformed value, quoting a long one only in part', () => {
    const resolution = resolveSelection(
      parseUrl('?province=<script>alert(1)</script>&year=20x4&lang=fr&view=admin'),
      { provinces, scoredYears: DAK_NONG_YEARS },
    );
    expect(resolution.state).toEqual({ province: 'P43', year: null, lang: 'vi', view: 'overview' });
    expect(resolution.notices).toEqual([
      {
        key: 'notice.unknownProvince',
        args: { requested: '<script>alert(1)</script…', shownProvince: 'P43' },
      },
      { key: 'notice.invalidYear', args: { value: '20x4', shownYear: 2024 } },
      { key: 'notice.invalidLanguage', args: { value: 'fr' } },
      { key: 'notice.unknownView', args: { value: 'admin', shownView: 'overview' } },
    ]);
  });

  it('has nothing to say about a link that needs no correction, nor about "latest year"', () => {
    expect(
      resolveSelection(parseUrl('?v=1&province=P17&lang=en'), { provinces, scoredYears: VINH_PHUC_YEARS }),
    ).toEqual({
      state: { province: 'P17', year: null, lang: 'en', view: 'overview' },
      year: 2023,
      notices: [],
      complete: true,
    });
  });

  it('shows Hà Nội’s old code for a 2024 link to the new unit 01, which the merger left whole, without a notice', () => {
    const resolution = resolveSelection(parseUrl('?province=01&year=2024'), {
      provinces: [...provinces, HA_NOI_OLD, HA_NOI_NEW],
      scoredYears: [],
      sameUnit: { code: 'P01', scoredYears: range(2011, 2024) },
    });
    expect(resolution).toEqual({
      state: { province: 'P01', year: 2024, lang: 'vi', view: 'overview' },
      year: 2024,
      notices: [],
      complete: true,
    });
  });

  it('gives the unit whole its years under both codes: the latest is the new code’s, an earlier one the old code’s', () => {
    const data = {
      provinces: [...provinces, HA_NOI_OLD, HA_NOI_NEW],
      scoredYears: range(2011, 2024),
      sameUnit: { code: '01', scoredYears: [2025] },
    };
    const latest = resolveSelection(parseUrl('?province=P01'), data);
    expect([latest.state.province, latest.year, latest.notices]).toEqual(['01', 2025, []]);
    const earlier = resolveSelection(parseUrl('?province=P01&year=2023'), data);
    expect([earlier.state.province, earlier.year, earlier.notices]).toEqual(['P01', 2023, []]);
  });

  it('waits for the other code’s years of a unit the merger left whole', () => {
    const resolution = resolveSelection(parseUrl('?province=01'), {
      provinces: [...provinces, HA_NOI_OLD, HA_NOI_NEW],
      scoredYears: [],
      sameUnit: { code: 'P01', scoredYears: undefined },
    });
    expect([resolution.complete, resolution.year, resolution.state.province]).toEqual([false, null, '01']);
  });

  it('waits for the provinces and the scored years before it reports anything', () => {
    const url = parseUrl('?province=P99&year=2030');
    expect(resolveSelection(url, { provinces: undefined, scoredYears: undefined })).toMatchObject({
      complete: false,
      notices: [],
      year: null,
    });
    expect(resolveSelection(url, { provinces, scoredYears: undefined })).toMatchObject({
      state: { province: 'P43', year: 2030 },
      complete: false,
      notices: [],
    });
  });
});
