import { describe, expect, it } from 'vitest';
import { DEFAULT_PROVINCE_CODE } from '../../src/domain/papi.ts';
import type { Province } from '../../src/domain/types.ts';
import { resolveProvince, resolveYear } from '../../src/state/resolve-selection.ts';

const provinces: Province[] = [
  { code: 'P43', nameVi: 'Đắk Nông', nameEn: 'Dak Nong', region: 'Tây Nguyên' },
  { code: 'P22', nameVi: 'Quảng Ninh', nameEn: 'Quang Ninh', region: 'Đông Bắc' },
];

describe('resolveProvince', () => {
  it('keeps a province the data knows', () => {
    expect(resolveProvince('P22', provinces)).toBe('P22');
  });

  it('falls back to the default for a code the data does not know', () => {
    expect(resolveProvince('P99', provinces)).toBe(DEFAULT_PROVINCE_CODE);
  });

  it('trusts the URL while the provinces are still loading', () => {
    expect(resolveProvince('P22', undefined)).toBe('P22');
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
