import { describe, expect, it } from 'vitest';
import { buildDimensionHeatmapOption } from '../../../src/charts/dimension-heatmap/build-dimension-heatmap-option.ts';
import type { HeatmapColouring, HeatmapRows } from '../../../src/charts/dimension-heatmap/heatmap-rows.ts';
import { buildDimensionHeatmapTable } from '../../../src/charts/dimension-heatmap/heatmap-table.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { ATTACK_STRING, renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const rows: HeatmapRows = {
  years: [2017, 2018],
  dimensions: [
    { code: '1', label: '1. Tham gia' },
    { code: '8', label: '8. Quản trị điện tử' },
  ],
  cells: [
    { year: 2017, indicator: '1', score: 5.1, rank: 10, scoredCount: 63 },
    { year: 2018, indicator: '1', score: 4.9, rank: 40, scoredCount: 63 },
    { year: 2018, indicator: '8', score: 2.8, rank: 63, scoredCount: 63 },
  ],
};
const build = (colour: HeatmapColouring, i18n = vi, provinceName = 'Đắk Nông') =>
  buildDimensionHeatmapOption(rows, { provinceName, colour, caption: 'embedded', widthPx: 960 }, i18n);

describe('buildDimensionHeatmapOption', () => {
  it('colours by rank with a legend from rank 1 to the last rank, and says so in the subtitle', () => {
    const texts = svgTexts(renderToSvg(build('rank'), 960, 400));
    expect(texts).toContain('Hạng 1');
    expect(texts).toContain('Hạng 63');
    expect(texts.join(' ')).toContain('Màu theo hạng');
    expect(texts).toContain('40');
  });

  it('colours by score when switched, with a legend in points', () => {
    const texts = svgTexts(renderToSvg(build('score', en), 960, 400));
    expect(texts.join(' ')).toContain('Colour by the dimension’s score');
    expect(texts.some((text) => text.endsWith('points'))).toBe(true);
    expect(texts).toContain('4.9');
  });

  it('leaves a year without a score empty (no cell, never 0)', () => {
    const data = (build('score').series as { data: number[][] }[])[0]?.data ?? [];
    expect(data).toHaveLength(3);
    expect(data.some(([x, y]) => x === 0 && y === 1)).toBe(false);
    expect(
      buildDimensionHeatmapTable(rows, { provinceName: 'Đắk Nông', colour: 'rank' }, vi).rows[1]?.cells[0],
    ).toBe('–');
  });

  it('escapes the tooltip', () => {
    const option = buildDimensionHeatmapOption(
      {
        ...rows,
        dimensions: [
          { code: '1', label: ATTACK_STRING },
          { code: '8', label: '8' },
        ],
      },
      { provinceName: 'x', colour: 'rank', caption: 'none', widthPx: 960 },
      vi,
    );
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ value: [0, 0, 10] })).toContain('&lt;img');
    expect(formatter({ value: [0, 0, 10] })).not.toContain('<img');
  });
});

describe('a heatmap without any scored cell', () => {
  it('prints no colour scale (never "Hạng 1 … Hạng 1")', () => {
    const empty = buildDimensionHeatmapOption(
      { ...rows, cells: [] },
      { provinceName: 'Lâm Đồng', colour: 'rank', caption: 'embedded', widthPx: 960 },
      vi,
    );
    const texts = svgTexts(renderToSvg(empty, 960, 400));
    expect(texts).toContain('8. Quản trị điện tử');
    expect(texts).not.toContain('Hạng 1');
  });
});
