// The map section's glue from query rows to panels: labels in the picker's wording, dimensions in number
// order, and each strip's quartile cuts taken from its own indicator's rows.
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../src/domain/types.ts';
import type { NationMapRow } from '../../../src/queries/nation-map.ts';
import { mapIndicatorLabel, toStripPanels, toTilePanels } from '../../../src/views/nation/map/map-panels.ts';

const indicator = (code: string, level: Indicator['level'], nameVi: string): Indicator => ({
  code,
  parent: level === 'total' ? null : 'total',
  level,
  nameVi,
  nameEn: `${nameVi} (en)`,
  min: 1,
  max: 10,
  firstYear: 2011,
  lastYear: null,
});
const indicators = [
  indicator('total', 'total', 'Chỉ số PAPI tổng hợp'),
  indicator('2', 'dimension', 'Công khai, minh bạch'),
  indicator('10', 'dimension', 'Mười'),
];
const row = (code: string, ind: string, median: number | null): NationMapRow => ({
  code,
  nameVi: code,
  nameEn: code,
  region: '',
  unitKind: 'old',
  indicator: ind,
  score: median === null ? null : median + 1,
  rank: median === null ? null : 1,
  scoredCount: median === null ? null : 1,
  group: median === null ? null : 'high',
  p25: median === null ? null : median - 1,
  median,
  p75: median === null ? null : median + 1,
});

describe('the map panels', () => {
  it('labels a dimension by its code and name, the total by its name alone, in the UI language', () => {
    expect(mapIndicatorLabel('2', indicators, 'vi')).toBe('2. Công khai, minh bạch');
    expect(mapIndicatorLabel('total', indicators, 'en')).toBe('Chỉ số PAPI tổng hợp (en)');
    expect(mapIndicatorLabel('9', indicators, 'vi')).toBe('9');
  });

  it('orders the panels by dimension number (10 after 2) and keeps each panel’s own units', () => {
    const rows = [row('P01', '10', 5), row('P01', '2', 6), row('P02', '2', 6)];
    const panels = toTilePanels(rows, indicators, 'vi');
    expect(panels.map((p) => [p.indicator, p.units.length])).toEqual([
      ['2', 2],
      ['10', 1],
    ]);
  });

  it('gives each strip its indicator’s cuts, even when the first unit was not scored', () => {
    const rows = [row('P01', '2', null), row('P02', '2', 6), row('P01', '10', 4)];
    const strips = toStripPanels(toTilePanels(rows, indicators, 'vi'), rows);
    expect(strips.map((s) => [s.indicator, s.p25, s.median, s.p75])).toEqual([
      ['2', 5, 6, 7],
      ['10', 3, 4, 5],
    ]);
  });
});
