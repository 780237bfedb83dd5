import { describe, expect, it } from 'vitest';
import { CHART_COLORS, OKABE_ITO } from '../../../src/charts/palette.ts';
import { buildMultiplesOption } from '../../../src/charts/subdimension-multiples/build-multiples-option.ts';
import type { MultiplesRows } from '../../../src/charts/subdimension-multiples/multiples-rows.ts';
import { buildMultiplesTable } from '../../../src/charts/subdimension-multiples/multiples-table.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { linePaths, renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
const point = (indicator: string, year: number, score: number | null, comparable = true) => ({
  indicator,
  year,
  score,
  nationalMedian: 1.2,
  comparableWithPrevious: comparable,
});
const rows: MultiplesRows = {
  years: [2016, 2017, 2018, 2019],
  parts: [
    { code: '2.1', label: '2.1. Tiếp cận thông tin' },
    { code: '2.4', label: '2.4. Đất đai' },
  ],
  points: [
    point('2.1', 2016, 1.1, false),
    point('2.1', 2017, 1.3),
    point('2.1', 2018, 1.0, false),
    point('2.1', 2019, null),
    point('2.4', 2018, 0.6, false),
    point('2.4', 2019, 2.4),
  ],
};
const option = buildMultiplesOption(
  rows,
  { provinceName: 'Đắk Nông', parentLabel: '2. Công khai', caption: 'embedded', widthPx: 960 },
  vi,
);

describe('buildMultiplesOption', () => {
  it('draws one titled panel per part, all on the same y scale', () => {
    const texts = svgTexts(renderToSvg(option, 960, 320));
    expect(texts).toContain('2.1. Tiếp cận thông tin');
    expect(texts).toContain('2.4. Đất đai');
    expect(texts).toContain('Các thành phần của “2. Công khai”');
    const axes = option.yAxis as { min: number; max: number }[];
    expect(axes).toHaveLength(2);
    expect(new Set(axes.map((a) => `${a.min}-${a.max}`)).size).toBe(1);
    expect(axes[0]?.min).toBeLessThanOrEqual(0.6);
    expect(axes[0]?.max).toBeGreaterThanOrEqual(2.4);
  });

  it('breaks each part where its definition changes and leaves missing years as gaps', () => {
    const svg = renderToSvg(option, 960, 320);
    const pieces = linePaths(svg, CHART_COLORS.province, 2).flatMap((d) => d.split('M').filter(Boolean));
    // 2.1: 2016–2017 joined; 2018 alone (2019 missing) is a point, never joined to 2017; 2.4: 2018–2019.
    expect(pieces.filter((piece) => piece.includes('L'))).toHaveLength(2);
    expect(pieces.every((piece) => (piece.match(/L/g) ?? []).length <= 1)).toBe(true);
    const table = buildMultiplesTable(rows, { provinceName: 'Đắk Nông', parentLabel: '2' }, vi);
    expect(table.rows.find((r) => r.header === '2019')?.cells[0]).toMatch(/^–/);
  });
});

describe('a new unit without scores of its own (its predecessors drawn instead)', () => {
  const unscored = (indicator: string, year: number) => point(indicator, year, null);
  const newUnitRows: MultiplesRows = {
    ...rows,
    points: rows.points.map((p) => unscored(p.indicator, p.year)),
    predecessors: [
      { code: 'P11', name: 'Bình Thuận (cũ)', points: rows.points },
      {
        code: 'P43',
        name: 'Đắk Nông (cũ)',
        points: rows.points.map((p) => ({ ...p, score: p.score === null ? null : p.score + 0.5 })),
      },
    ],
  };
  const settings = { provinceName: 'Lâm Đồng', parentLabel: '2. Công khai' };
  const newUnitOption = buildMultiplesOption(
    newUnitRows,
    { ...settings, caption: 'embedded', widthPx: 960 },
    vi,
  );

  it("draws each predecessor's own line in each panel and names no line the unit does not have", () => {
    const svg = renderToSvg(newUnitOption, 960, 420);
    expect(linePaths(svg, CHART_COLORS.province, 2)).toHaveLength(0);
    for (const color of [OKABE_ITO.orange, OKABE_ITO.bluishGreen]) {
      // Both panels: 2.1's 2016–2017 run and 2.4's 2018–2019 run, each its own path.
      expect(linePaths(svg, color, 1.5).length).toBeGreaterThanOrEqual(2);
    }
    const legend = (newUnitOption.legend as { data: string[] }).data;
    expect(legend).toEqual(['Bình Thuận (cũ)', 'Đắk Nông (cũ)', 'Trung vị toàn quốc']);
    // The shared scale holds the highest predecessor score (2.4 + 0.5).
    expect((newUnitOption.yAxis as { max: number }[])[0]?.max).toBeGreaterThanOrEqual(2.9);
  });

  it("gives each predecessor's score, named, in the table, never a sum or a mean", () => {
    const table = buildMultiplesTable(newUnitRows, settings, vi);
    const cell = table.rows.find((r) => r.header === '2019')?.cells[1];
    expect(cell).toBe('Bình Thuận (cũ): 2,40; Đắk Nông (cũ): 2,90 (Trung vị toàn quốc: 1,20)');
  });
});
