// The big tile map rendered to SVG as a user sees it, on the bundled 2024 data: each square's colour is its
// group in indicator_standing, the selected province is outlined, the islands are drawn and labelled, and
// every text from the data is escaped.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTileMapOption } from '../../../src/charts/tile-map/build-tile-map-option.ts';
import type { TileColouring, TileMapRows } from '../../../src/charts/tile-map/tile-map-rows.ts';
import { createTileMapSpec } from '../../../src/charts/tile-map/tile-map-spec.ts';
import { buildTileMapTable } from '../../../src/charts/tile-map/tile-map-table.ts';
import { PAPI_GROUP_COLORS } from '../../../src/charts/palette.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { tileLayoutFor } from '../../../src/domain/tile-layouts/tile-layout-for.ts';
import type { PapiGroup } from '../../../src/domain/types.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { naturalExportHeightPx } from '../../../src/export/export-option.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, callTooltip, renderToSvg, svgTexts } from '../render-svg.ts';
import { markAt, svgLabels, svgMarks, svgTextSpans } from './svg-tiles.ts';
import { fetchTileRows } from './tile-fixture.ts';

const vi = createI18n('vi');
const en = createI18n('en');
const layout = tileLayoutFor('old');
let conn: Connector;
let rows: TileMapRows;
/** indicator_standing's group of every unit scored on the total in 2024, read directly. */
let standing: Map<string, { group: PapiGroup; score: number }>;

beforeAll(async () => {
  conn = await createLoadedConnector();
  rows = await fetchTileRows(conn, 2024, 'total');
  const raw = await conn.query<{ code: string; group: PapiGroup; score: number }>(sql`
    SELECT province_code AS code, papi_group AS "group", score FROM indicator_standing
    WHERE year = 2024 AND indicator = 'total'`);
  standing = new Map(raw.map((row) => [row.code, row]));
});
afterAll(async () => {
  await conn.close();
});

const render = (colour: TileColouring, selectedCode: string | null = 'P43', i18n = vi, data = rows) => {
  const spec = createTileMapSpec(data, { colour, selectedCode });
  const option = buildTileMapOption(spec.rows, { ...spec.settings, caption: 'embedded', widthPx: 960 }, i18n);
  return renderToSvg(option, 960, naturalExportHeightPx(spec, 960, i18n));
};

/** Relative lightness (0-765) of a fill written '#RRGGBB' or 'RGB(r,g,b)'. */
function lightnessOf(fill: string): number {
  const rgb = fill.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16))
    : (/\(([^)]*)\)/.exec(fill)?.[1] ?? '').split(',').map(Number);
  return rgb.reduce((sum, v) => sum + v, 0);
}

/** The drawn square under each unit's label, by the unit's code. */
function squaresByCode(svg: string) {
  const marks = svgMarks(svg);
  const labels = svgLabels(svg);
  return new Map(
    layout.units.map((tile) => {
      const label = labels.find((l) => l.text === tile.label);
      return [tile.code, label === undefined ? undefined : markAt(marks, label.x, label.y)];
    }),
  );
}

describe('the tile map, coloured by group', () => {
  it('fills each province’s square with the colour of its 2024 group in indicator_standing', () => {
    const svg = render('group');
    writeFileSync(new URL('../../.artifacts/tile-map-2024.svg', import.meta.url), svg);
    const squares = squaresByCode(svg);
    expect(standing.size).toBe(61);
    for (const [code, { group }] of standing) {
      expect(squares.get(code)?.fill, code).toBe(PAPI_GROUP_COLORS[group].toUpperCase());
    }
  });

  it('greys the two provinces 2024 did not score and names that colour in the legend', () => {
    const svg = render('group');
    const grey = [...squaresByCode(svg)].filter(([code]) => !standing.has(code));
    expect(grey).toHaveLength(2);
    for (const [, square] of grey) expect(square?.fill).toBe('#D9D9D9');
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['Cao', 'Trung bình cao', 'Trung bình thấp', 'Thấp', 'Không có điểm']),
    );
  });

  it('outlines the selected province, and only it', () => {
    const svg = render('group', 'P43');
    const outlined = [...squaresByCode(svg)].filter(([, square]) => square?.stroke === '#000000');
    expect(outlined.map(([code]) => code)).toEqual(['P43']);
    const none = [...squaresByCode(render('group', null))].filter(
      ([, square]) => square?.stroke === '#000000',
    );
    expect(none).toEqual([]);
  });

  it('draws Hoàng Sa beside Đà Nẵng and Trường Sa beside Khánh Hòa, labelled, never coloured by a score', () => {
    const svg = render('group');
    const labels = svgLabels(svg);
    const at = (text: string) => labels.find((l) => l.text === text);
    expect(at('Hoàng Sa')?.y).toBe(at('ĐN')?.y);
    expect(at('Trường Sa')?.y).toBe(at('KH')?.y);
    expect((at('Hoàng Sa')?.x ?? 0) > (at('ĐN')?.x ?? 0)).toBe(true);
    const white = svgMarks(svg).filter((mark) => mark.fill === '#FFFFFF');
    expect(white).toHaveLength(2);
    expect(
      callTooltip(
        buildTileMapOption(rows, { colour: 'group', selectedCode: null, caption: 'none', widthPx: 960 }, vi),
        { data: { panel: 0, island: 'hoang-sa' } },
      ),
    ).toBe('<b>Quần đảo Hoàng Sa</b><br>thuộc Đà Nẵng');
  });

  it('keeps the islands’ labels inside a phone-wide map (340 px), where the map sits beside its labels', () => {
    const widthPx = 340;
    const spec = createTileMapSpec(rows, { colour: 'group', selectedCode: 'P43' });
    const option = buildTileMapOption(spec.rows, { ...spec.settings, caption: 'none', widthPx }, vi);
    const labels = svgLabels(renderToSvg(option, widthPx, naturalExportHeightPx(spec, widthPx, vi)));
    // Text starts at its anchor (drawn right of the island); 0.6 em per letter is a generous width at 10 px.
    for (const name of ['Hoàng Sa', 'Trường Sa']) {
      const label = labels.find((l) => l.text === name);
      expect(label, name).toBeDefined();
      expect((label?.x ?? widthPx) + name.length * 10 * 0.6, name).toBeLessThanOrEqual(widthPx);
    }
  });

  it('speaks English: group words in the legend, the islands’ names', () => {
    const texts = svgTexts(render('group', 'P43', en));
    expect(texts).toEqual(
      expect.arrayContaining(['High', 'Upper-middle', 'Lower-middle', 'Low', 'Hoàng Sa']),
    );
    expect(texts.join(' ')).toContain('2024: the provinces on a tile map');
  });
});

describe('the tile map, coloured by score', () => {
  it('shows a score scale from the lowest to the highest 2024 total instead of the groups', () => {
    const svg = render('score');
    writeFileSync(new URL('../../.artifacts/tile-map-2024-score.svg', import.meta.url), svg);
    const scores = [...standing.values()].map((s) => s.score);
    const texts = svgTexts(svg);
    expect(texts).toContain(`Thấp: ${vi.formatNumber(Math.floor(Math.min(...scores) * 10) / 10, 1)}`);
    expect(texts).toContain(`Cao: ${vi.formatNumber(Math.ceil(Math.max(...scores) * 10) / 10, 1)}`);
    expect(texts).not.toContain('Trung bình cao');
    // Darker is higher: the best province is the darkest square, the lowest-scored the palest.
    const squares = squaresByCode(svg);
    const ranked = [...standing].sort((a, b) => b[1].score - a[1].score).map(([code]) => code);
    const lightness = ranked.map((code) => lightnessOf(squares.get(code)?.fill ?? ''));
    expect(Math.min(...lightness)).toBe(lightness[0]);
    expect(Math.max(...lightness)).toBe(lightness.at(-1));
    const groupFills = new Set(Object.values(PAPI_GROUP_COLORS).map((c) => c.toUpperCase()));
    expect([...squares.values()].filter((s) => groupFills.has(s?.fill ?? ''))).toEqual([]);
  });

  // "Không có điểm" sat on the scale's "Cao: …" where the figure is narrow (the map beside its strips, a phone).
  for (const [widthPx, i18n] of [
    [340, vi],
    [560, en],
    [600, vi],
    [640, en],
    [960, vi],
  ] as const) {
    it(`keeps "no score" clear of the scale's ends at ${widthPx} px (${i18n.lang})`, () => {
      const spec = createTileMapSpec(rows, { colour: 'score', selectedCode: 'P43' });
      const option = buildTileMapOption(spec.rows, { ...spec.settings, caption: 'none', widthPx }, i18n);
      const spans = svgTextSpans(renderToSvg(option, widthPx, naturalExportHeightPx(spec, widthPx, i18n)));
      const noScore = spans.find((span) => span.text === i18n.t('nationMap.noScore'));
      const ends = spans.filter((span) => /^(Cao|Thấp|High|Low): /.test(span.text));
      if (noScore === undefined) throw new Error('no "no score" in the legend');
      expect(ends).toHaveLength(2);
      for (const end of ends) {
        const sameLine = Math.abs(noScore.y - end.y) < 14;
        const apart = noScore.left >= end.right || noScore.right <= end.left;
        expect(!sameLine || apart, `${noScore.text} against ${end.text}`).toBe(true);
      }
      expect(noScore.right).toBeLessThanOrEqual(widthPx);
      expect(noScore.left).toBeGreaterThanOrEqual(0);
    });
  }
});

describe('the tile map’s words', () => {
  it('says the score, rank and group of a province in its tooltip, and that an unscored one has none', () => {
    const option = buildTileMapOption(
      rows,
      { colour: 'group', selectedCode: null, caption: 'none', widthPx: 960 },
      vi,
    );
    const quangNinh = callTooltip(option, { data: { panel: 0, code: 'P14' } });
    expect(quangNinh).toBe('<b>Quảng Ninh</b><br>Tổng hợp: 47,82<br>Hạng 1/61 · Nhóm Cao');
    const unscored = rows.panels[0]?.units.find((u) => u.score === null)?.code ?? '';
    expect(callTooltip(option, { data: { panel: 0, code: unscored } })).toContain('không có điểm');
  });

  it('escapes a province name in the tooltip and the figure', () => {
    const poisoned: TileMapRows = {
      ...rows,
      panels: rows.panels.map((panel) => ({
        ...panel,
        label: ATTACK_STRING,
        units: panel.units.map((u) => (u.code === 'P43' ? { ...u, nameVi: ATTACK_STRING } : u)),
      })),
    };
    const option = buildTileMapOption(
      poisoned,
      { colour: 'group', selectedCode: 'P43', caption: 'embedded', widthPx: 960 },
      vi,
    );
    const tip = callTooltip(option, { data: { panel: 0, code: 'P43' } });
    expect(tip).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(tip).not.toContain('<img');
    const svg = renderToSvg(option, 960, 1000);
    expect(svg).not.toContain('<img');
    expect(svgTexts(svg).join(' ')).toContain(ATTACK_STRING);
  });

  it('lists every province as a table: best rank first, the unscored at the end', () => {
    const table = buildTileMapTable(rows, { colour: 'group', selectedCode: null }, vi);
    expect(table.rows).toHaveLength(63);
    expect(table.rows[0]).toEqual({ header: 'Quảng Ninh', cells: ['47,82', '1/61', 'Cao'] });
    expect(table.rows.find((r) => r.header === 'Đắk Nông')?.cells.slice(1)).toEqual(['58/61', 'Thấp']);
    expect(table.rows.slice(61).map((r) => r.cells)).toEqual([
      ['–', '–', 'Không có điểm'],
      ['–', '–', 'Không có điểm'],
    ]);
  });
});
