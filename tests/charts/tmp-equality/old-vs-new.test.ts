import { describe, expect, it } from 'vitest';
import * as oldHeat from '../../../src/charts/dimension-heatmap/old-heatmap';
import * as oldMult from '../../../src/charts/subdimension-multiples/old-multiples';
import { buildDimensionHeatmapOption } from '../../../src/charts/dimension-heatmap/build-dimension-heatmap-option';
import { buildDimensionHeatmapTable } from '../../../src/charts/dimension-heatmap/heatmap-table';
import { createDimensionHeatmapSpec } from '../../../src/charts/dimension-heatmap/dimension-heatmap-spec';
import { buildMultiplesOption } from '../../../src/charts/subdimension-multiples/build-multiples-option';
import { buildMultiplesTable } from '../../../src/charts/subdimension-multiples/multiples-table';
import { createMultiplesSpec } from '../../../src/charts/subdimension-multiples/multiples-spec';
import { createI18n } from '../../../src/i18n/create-i18n';
import { renderToSvg as render } from '../render-svg';
const renderToSvg = (o: Parameters<typeof render>[0], w: number, h: number) =>
  render(o, w, h).replace(/zr\d+-(cls-\d+|[a-z]\d+)/g, 'zr');

const point = (indicator: string, year: number, score: number | null, comparable = true) => ({
  indicator,
  year,
  score,
  nationalMedian: 1.2 + year / 10000,
  comparableWithPrevious: comparable,
});
const mrows = {
  years: [2016, 2017, 2018, 2019],
  parts: [
    { code: '2.1', label: '2.1. Tiếp cận <b>thông tin</b>' },
    { code: '2.4', label: '2.4. Đất đai' },
    { code: '2.2', label: '2.2' },
    { code: '2.3', label: '2.3' },
    { code: '2.5', label: '2.5' },
  ],
  points: [
    point('2.1', 2016, 1.1, false),
    point('2.1', 2017, 1.3),
    point('2.1', 2018, 1.0, false),
    point('2.1', 2019, null),
    point('2.4', 2018, 0.6, false),
    point('2.4', 2019, 2.4),
    point('2.2', 2019, 3.3),
  ],
};
const hrows = {
  years: [2017, 2018, 2019],
  dimensions: [
    { code: '1', label: '1. <i>Tham</i>' },
    { code: '8', label: '8. Quản trị điện tử' },
  ],
  cells: [
    { year: 2017, indicator: '1', score: 5.1, rank: 10, scoredCount: 63 },
    { year: 2018, indicator: '1', score: 4.9, rank: 40, scoredCount: 63 },
    { year: 2018, indicator: '8', score: 2.8, rank: 63, scoredCount: 61 },
  ],
};
const callAll = (value: unknown, args: unknown[]): unknown =>
  JSON.stringify(value, (_k, v: unknown) =>
    typeof v === 'function' ? args.map((a) => String((v as (x: unknown) => unknown)(a))) : v,
  );

describe('old vs new', () => {
  for (const lang of ['vi', 'en'] as const)
    for (const widthPx of [390, 960, 1920])
      for (const caption of ['embedded', 'none'] as const) {
        const i18n = createI18n(lang);
        it(`multiples ${lang} ${widthPx} ${caption}`, () => {
          for (const r of [mrows, { ...mrows, parts: [], points: [] }]) {
            const s = {
              provinceName: 'Đắk <Nông>',
              parentLabel: '2. Công khai',
              source: 'src',
              caption,
              widthPx,
            };
            const a = oldMult.buildMultiplesOption(r, s, i18n);
            const b = buildMultiplesOption(r, s, i18n);
            expect(callAll(b, [1.234, 'x', null, 2])).toBe(callAll(a, [1.234, 'x', null, 2]));
            expect(renderToSvg(b, widthPx, 600)).toBe(renderToSvg(a, widthPx, 600));
            expect(buildMultiplesTable(r, s, i18n)).toEqual(oldMult.buildMultiplesTable(r, s, i18n));
            const so = oldMult.createMultiplesSpec(r, s);
            const sn = createMultiplesSpec(r, s);
            expect(typeof sn.heightPx === 'function' ? sn.heightPx(widthPx) : sn.heightPx).toBe(
              typeof so.heightPx === 'function' ? so.heightPx(widthPx) : so.heightPx,
            );
            expect(sn.id).toBe(so.id);
          }
        });
        it(`heatmap ${lang} ${widthPx} ${caption}`, () => {
          for (const colour of ['rank', 'score'] as const)
            for (const r of [hrows, { ...hrows, cells: [] }]) {
              const s = { provinceName: 'Đắk Nông', colour, source: 'src', caption, widthPx };
              const a = oldHeat.buildDimensionHeatmapOption(r, s, i18n);
              const b = buildDimensionHeatmapOption(r, s, i18n);
              const args = [{ value: [0, 0, 3] }, { value: [1, 1, 2.8] }, { value: [1, 0, 4.9] }, {}];
              expect(callAll(b, args)).toBe(callAll(a, args));
              expect(renderToSvg(b, widthPx, 500)).toBe(renderToSvg(a, widthPx, 500));
              expect(buildDimensionHeatmapTable(r, s, i18n)).toEqual(
                oldHeat.buildDimensionHeatmapTable(r, s, i18n),
              );
              const so = oldHeat.createDimensionHeatmapSpec(r, s);
              const sn = createDimensionHeatmapSpec(r, s);
              expect(sn.heightPx).toBe(so.heightPx);
              expect(sn.id).toBe(so.id);
            }
        });
      }
});
