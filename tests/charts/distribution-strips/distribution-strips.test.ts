// The distribution strips rendered to SVG on the bundled 2024 data: a dot per scored province on each
// dimension, the selected province and its region's peers marked, the median and the quartile cuts drawn.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistributionStripsSpec } from '../../../src/charts/distribution-strips/distribution-strips-spec.ts';
import type { StripRows } from '../../../src/charts/distribution-strips/strip-rows.ts';
import { stripSeriesNames } from '../../../src/charts/distribution-strips/strip-series.ts';
import { buildStripTable } from '../../../src/charts/distribution-strips/strip-table.ts';
import { STRIP_COLORS } from '../../../src/charts/palette.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { naturalExportHeightPx } from '../../../src/export/export-option.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, callTooltip, renderToSvg, svgTexts } from '../render-svg.ts';
import { useExportFontMetrics, useNodeTextMetrics } from '../export-font-metrics.ts';
import { svgLabels, svgMarks } from '../tile-map/svg-tiles.ts';
import { fetchMultiplesRows } from '../tile-map/tile-fixture.ts';

const vi = createI18n('vi');
const en = createI18n('en');
let conn: Connector;
let rows: StripRows;
let cuts: { indicator: string; p25: number; median: number; p75: number; scored: number }[];
/** The dimensions' names as the app shows them (the indicators table). */
let dimensionNames: { code: string; vi: string; en: string }[];

beforeAll(async () => {
  conn = await createLoadedConnector();
  dimensionNames = await conn.query(
    sql`SELECT code, name_vi AS vi, name_en AS en FROM indicators WHERE level = 'dimension' ORDER BY code`,
  );
  const tiles = await fetchMultiplesRows(conn, 2024);
  cuts = await conn.query(sql`
    SELECT indicator, any_value(p25) AS p25, any_value(median) AS median, any_value(p75) AS p75,
           count(*)::INTEGER AS scored
    FROM indicator_standing WHERE year = 2024 AND level = 'dimension' GROUP BY indicator ORDER BY indicator`);
  rows = {
    year: 2024,
    panels: tiles.panels.map((panel) => {
      const cut = cuts.find((c) => c.indicator === panel.indicator);
      return { ...panel, p25: cut?.p25 ?? null, median: cut?.median ?? null, p75: cut?.p75 ?? null };
    }),
  };
});
afterAll(async () => {
  await conn.close();
});

function render(selectedCode: string | null, widthPx = 960, data = rows, i18n = vi) {
  const spec = createDistributionStripsSpec(data, { selectedCode });
  const option = spec.build(spec.rows, { ...spec.settings, caption: 'embedded', widthPx }, i18n);
  return { option, svg: renderToSvg(option, widthPx, naturalExportHeightPx(spec, widthPx, i18n)) };
}
const fillOf = (color: string) => color.toUpperCase();
/** The figure's width on a 390 px phone screen, inside the page's and the card's padding. */
const PHONE_FIGURE_PX = 330;

describe('the distribution strips', () => {
  it('draws a dot per scored province on each of the 8 dimensions, Đắk Nông and its 4 Central Highlands peers marked', () => {
    const { svg } = render('P43');
    writeFileSync(new URL('../../.artifacts/distribution-strips-2024.svg', import.meta.url), svg);
    const marks = svgMarks(svg);
    const count = (color: string) => marks.filter((m) => m.fill === fillOf(color)).length;
    expect(count(STRIP_COLORS.selected)).toBe(8);
    expect(count(STRIP_COLORS.peer)).toBe(8 * 4);
    const scored = cuts.reduce((sum, c) => sum + c.scored, 0);
    expect(marks.filter((m) => m.fill === 'RGB(89,89,89)').length).toBe(scored - 8 - 32);
  });

  it('draws each dimension’s median and both quartile cuts', () => {
    const marks = svgMarks(render('P43').svg);
    expect(marks.filter((m) => m.fill === fillOf(STRIP_COLORS.median))).toHaveLength(8);
    expect(marks.filter((m) => m.fill === fillOf(STRIP_COLORS.quartile))).toHaveLength(16);
  });

  it('marks no one and names no province when the selection is not on the map', () => {
    const { option, svg } = render('68');
    expect(svgMarks(svg).filter((m) => m.fill === fillOf(STRIP_COLORS.selected))).toEqual([]);
    expect(svgTexts(svg)).not.toContain('Tỉnh đang chọn');
    expect(JSON.stringify(option.title)).toContain('Phân bố điểm từng chỉ số nội dung, năm 2024');
  });

  it('gives the cuts and the selected province’s standing as a table, from indicator_standing', () => {
    const table = buildStripTable(rows, { selectedCode: 'P43' }, vi);
    expect(table.rows).toHaveLength(8);
    cuts.forEach((cut, index) => {
      expect(table.rows[index]?.cells.slice(0, 3)).toEqual([
        vi.formatNumber(cut.p25),
        vi.formatNumber(cut.median),
        vi.formatNumber(cut.p75),
      ]);
    });
    expect(table.columns[4]).toBe('Đắk Nông: Điểm');
  });

  it('writes its scale in the UI’s number format (5,5 in Vietnamese, 5.5 in English)', () => {
    const ticks = (i18n: typeof vi) =>
      svgTexts(render('P43', 960, rows, i18n).svg).filter((text) => /^\d+[.,]\d+$/.test(text));
    expect(ticks(vi).length).toBeGreaterThan(8);
    expect(ticks(vi).every((text) => text.includes(','))).toBe(true);
    expect(ticks(en).every((text) => text.includes('.'))).toBe(true);
  });

  describe('on a phone (a 390 px screen, the app’s font)', () => {
    beforeAll(() => useExportFontMetrics());
    afterAll(() => useNodeTextMetrics());

    it.each([
      ['vi', vi],
      ['en', en],
    ] as const)(
      '%s: names every dimension whole, under a legend that ends above the first strip',
      (_lang, i18n) => {
        const name = (code: string) => dimensionNames.find((d) => d.code === code)?.[i18n.lang] ?? code;
        const named = {
          ...rows,
          panels: rows.panels.map((panel) => ({
            ...panel,
            label: `${panel.indicator}. ${name(panel.indicator)}`,
          })),
        };
        const { svg } = render('P43', PHONE_FIGURE_PX, named, i18n);
        const words = svgTexts(svg).join(' ').split(/\s+/);
        for (const panel of named.panels)
          for (const word of panel.label.split(/\s+/)) expect(words, panel.label).toContain(word);
        const labels = svgLabels(svg);
        const names = stripSeriesNames(i18n);
        const legendBottom = Math.max(
          ...labels.filter((l) => Object.values(names).includes(l.text)).map((l) => l.y),
        );
        const firstName = labels.filter((l) => named.panels[0]?.label.startsWith(l.text)).map((l) => l.y);
        expect(legendBottom + 12).toBeLessThan(Math.min(...firstName));
      },
    );
  });

  it('escapes names in the tooltip and the strips’ labels', () => {
    const poisoned: StripRows = {
      ...rows,
      panels: rows.panels.map((panel) => ({
        ...panel,
        label: ATTACK_STRING,
        units: panel.units.map((u) => (u.code === 'P43' ? { ...u, nameVi: ATTACK_STRING } : u)),
      })),
    };
    const { option, svg } = render('P43', 960, poisoned);
    expect(svg).not.toContain('<img');
    const tip = callTooltip(option, { data: { panel: 0, code: 'P43', value: [5, 0] } });
    expect(tip).toContain('&lt;img');
    expect(tip).not.toContain('<img');
    expect(callTooltip(option, { data: { panel: 1, cut: 'median', value: [5.25, 0] } })).toContain(
      'Trung vị: 5,25',
    );
  });
});
