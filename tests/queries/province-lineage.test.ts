// Both maps of the country as the app loads them (data/provinces.csv, built from
// data/sources/provinces-2025/provinces-2025.csv): 63 old units, 34 new ones, every old unit in exactly one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/db/connector.ts';
import {
  predecessorsOf,
  sameUnitInOtherMap,
  successorOf,
  type MapProvince,
} from '../../src/domain/province-lineage.ts';
import { fetchProvinces } from '../../src/queries/provinces.ts';
import { createLoadedConnector } from '../helpers/data-files.ts';

let conn: Connector;
let provinces: MapProvince[];
beforeAll(async () => {
  conn = await createLoadedConnector();
  provinces = await fetchProvinces(conn);
});
afterAll(async () => {
  await conn.close();
});

describe('the lineage table', () => {
  it('holds 63 old units (scored up to 2024) and 34 new ones (from 2025)', () => {
    const old = provinces.filter((p) => p.kind === 'old');
    const fresh = provinces.filter((p) => p.kind === 'new');
    expect(old).toHaveLength(63);
    expect(fresh).toHaveLength(34);
    expect(old.every((p) => p.lastYear === 2024 && p.firstYear === null)).toBe(true);
    expect(fresh.every((p) => p.firstYear === 2025 && p.lastYear === null)).toBe(true);
  });

  it('puts every old unit in exactly one new unit, and lists it among that unit’s predecessors', () => {
    const fresh = provinces.filter((p) => p.kind === 'new');
    const absorbed = fresh.flatMap((p) => p.predecessorCodes);
    expect(absorbed).toHaveLength(63);
    expect(new Set(absorbed).size).toBe(63);
    for (const old of provinces.filter((p) => p.kind === 'old')) {
      const successor = successorOf(provinces, old.code);
      expect(successor?.kind).toBe('new');
      expect(successor?.predecessorCodes).toContain(old.code);
    }
  });

  it('gives the new Lâm Đồng (68) its three predecessors: Bình Thuận, Đắk Nông and the old Lâm Đồng', () => {
    expect(predecessorsOf(provinces, '68').map((p) => [p.code, p.nameVi, p.nsoCode])).toEqual([
      ['P39', 'Bình Thuận', '60'],
      ['P43', 'Đắk Nông', '67'],
      ['P44', 'Lâm Đồng', '68'],
    ]);
    expect(successorOf(provinces, 'P43')).toMatchObject({
      code: '68',
      nameVi: 'Lâm Đồng',
      unitType: 'province',
    });
    expect(successorOf(provinces, 'P31')).toMatchObject({ code: '46', nameVi: 'Huế', unitType: 'city' });
    expect(predecessorsOf(provinces, 'P43')).toEqual([]);
  });
});

describe('units the merger left whole', () => {
  it('pairs each of the 11 new units with a single predecessor with that predecessor, both ways', () => {
    const whole = provinces.filter((p) => p.kind === 'new' && sameUnitInOtherMap(provinces, p.code) !== null);
    expect(whole.map((p) => p.nameVi).sort()).toEqual(
      [
        'Cao Bằng',
        'Hà Nội',
        'Hà Tĩnh',
        'Huế',
        'Lai Châu',
        'Lạng Sơn',
        'Nghệ An',
        'Quảng Ninh',
        'Sơn La',
        'Thanh Hóa',
        'Điện Biên',
      ].sort(),
    );
    for (const unit of whole) {
      const oldCode = sameUnitInOtherMap(provinces, unit.code);
      expect(oldCode).toBe(unit.predecessorCodes[0]);
      expect(sameUnitInOtherMap(provinces, oldCode ?? '')).toBe(unit.code);
    }
  });

  it('pairs Hà Nội 01 with P01 and Huế with Thừa Thiên Huế, but no merged or absorbed unit', () => {
    expect(sameUnitInOtherMap(provinces, '01')).toBe('P01');
    expect(sameUnitInOtherMap(provinces, 'P01')).toBe('01');
    expect(sameUnitInOtherMap(provinces, 'P31')).toBe('46');
    expect(sameUnitInOtherMap(provinces, 'P43')).toBeNull();
    expect(sameUnitInOtherMap(provinces, '68')).toBeNull();
    expect(sameUnitInOtherMap(provinces, 'P99')).toBeNull();
  });
});
