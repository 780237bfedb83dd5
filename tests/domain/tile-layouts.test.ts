import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../data/scripts/lib/csv.ts';
import type { UnitKind } from '../../src/domain/province-lineage.ts';
import { tileLayoutFor } from '../../src/domain/tile-layouts/tile-layout-for.ts';

const provinces = parseCsvRecords(
  readFileSync(fileURLToPath(new URL('../../data/provinces.csv', import.meta.url)), 'utf8'),
  ['code', 'kind', 'name_vi'] as const,
);
const codesOfMap = (kind: UnitKind): string[] => provinces.filter((p) => p.kind === kind).map((p) => p.code);
const nameOf = (code: string): string => provinces.find((p) => p.code === code)?.name_vi ?? '';

describe.each([
  ['old', 63],
  ['new', 34],
] as const)('the %s map as tiles', (kind, unitCount) => {
  const layout = tileLayoutFor(kind);

  it(`holds each of the ${unitCount} units of data/provinces.csv exactly once, and nothing else`, () => {
    const codes = layout.units.map((tile) => tile.code);
    expect(codesOfMap(kind)).toHaveLength(unitCount);
    expect([...codes].sort()).toEqual([...codesOfMap(kind)].sort());
  });

  it('puts no two tiles (units or islands) on one square, all inside the grid', () => {
    const tiles = [...layout.units, ...layout.islands];
    const squares = tiles.map((tile) => `${tile.row},${tile.col}`);
    expect(new Set(squares).size).toBe(tiles.length);
    for (const tile of tiles) {
      expect(tile.row).toBeGreaterThanOrEqual(0);
      expect(tile.col).toBeGreaterThanOrEqual(0);
      expect(tile.row).toBeLessThan(layout.rowCount);
      expect(tile.col).toBeLessThan(layout.colCount);
    }
  });

  it('labels every unit with a short label of its own', () => {
    const labels = layout.units.map((tile) => tile.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label.length).toBeLessThanOrEqual(4);
  });

  it('draws Hoàng Sa beside Đà Nẵng and Trường Sa beside Khánh Hòa', () => {
    const island = (id: string) => layout.islands.find((tile) => tile.id === id);
    const unit = (code: string | undefined) => layout.units.find((tile) => tile.code === code);
    const hoangSa = island('hoang-sa');
    const truongSa = island('truong-sa');
    expect(nameOf(hoangSa?.besideCode ?? '')).toBe('Đà Nẵng');
    expect(nameOf(truongSa?.besideCode ?? '')).toBe('Khánh Hòa');
    for (const tile of [hoangSa, truongSa]) {
      const home = unit(tile?.besideCode);
      // Out at sea: the same row, east of its province, at most two squares away.
      expect(tile?.row).toBe(home?.row);
      expect((tile?.col ?? 0) - (home?.col ?? 0)).toBeGreaterThan(0);
      expect((tile?.col ?? 0) - (home?.col ?? 0)).toBeLessThanOrEqual(2);
    }
  });
});

describe('the old map is shaped like Việt Nam', () => {
  const layout = tileLayoutFor('old');
  const byName = (name: string) => {
    const code = provinces.find((p) => p.name_vi === name && p.kind === 'old')?.code;
    const tile = layout.units.find((t) => t.code === code);
    if (tile === undefined) throw new Error(`no tile for ${name}`);
    return tile;
  };

  it('puts Hà Giang above Cà Mau and Điện Biên left of Quảng Ninh', () => {
    expect(byName('Hà Giang').row).toBeLessThan(byName('Cà Mau').row);
    expect(byName('Điện Biên').col).toBeLessThan(byName('Quảng Ninh').col);
  });

  it('runs north to south: Hà Nội above Huế above Đà Nẵng above TP. Hồ Chí Minh', () => {
    const rows = ['Hà Nội', 'Thừa Thiên Huế', 'Đà Nẵng', 'TP. Hồ Chí Minh'].map((n) => byName(n).row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(new Set(rows).size).toBe(rows.length);
  });

  it('is wide in the north, narrow in the centre and wider again in the south', () => {
    const width = (from: number, to: number) => {
      const cols = layout.units.filter((t) => t.row >= from && t.row <= to).map((t) => t.col);
      return Math.max(...cols) - Math.min(...cols) + 1;
    };
    expect(width(0, 3)).toBeGreaterThanOrEqual(6);
    expect(width(7, 12)).toBeLessThanOrEqual(3);
    expect(width(17, 22)).toBeGreaterThanOrEqual(4);
  });
});
