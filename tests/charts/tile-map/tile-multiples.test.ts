// The small multiples rendered to SVG on the bundled 2024 data: 8 small maps of the same layout, each square
// coloured by the unit's group on that map's dimension (indicator_standing), the selected unit outlined on each.
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAPI_GROUP_COLORS } from '../../../src/charts/palette.ts';
import {
  multiplesBox,
  multiplesHeightPx,
  wrappedTitleLines,
} from '../../../src/charts/tile-map/tile-geometry.ts';
import type { TileMapRows } from '../../../src/charts/tile-map/tile-map-rows.ts';
import { createTileMultiplesSpec } from '../../../src/charts/tile-map/tile-multiples-spec.ts';
import { buildTileMultiplesTable } from '../../../src/charts/tile-map/tile-multiples-table.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import { tileLayoutFor } from '../../../src/domain/tile-layouts/tile-layout-for.ts';
import type { PapiGroup } from '../../../src/domain/types.ts';
import { naturalExportHeightPx } from '../../../src/export/export-option.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, callTooltip, renderToSvg, svgTexts } from '../render-svg.ts';
import { markAt, svgMarks } from './svg-tiles.ts';
import { fetchMultiplesRows } from './tile-fixture.ts';

const vi = createI18n('vi');
const layout = tileLayoutFor('old');
let conn: Connector;
let rows: TileMapRows;
let standing: { code: string; indicator: string; group: PapiGroup }[];

beforeAll(async () => {
  conn = await createLoadedConnector();
  rows = await fetchMultiplesRows(conn, 2024);
  standing = await conn.query(sql`
    SELECT province_code AS code, indicator, papi_group AS "group" FROM indicator_standing
    WHERE year = 2024 AND level = 'dimension'`);
});
afterAll(async () => {
  await conn.close();
});

function render(widthPx: number, data = rows) {
  const spec = createTileMultiplesSpec(data, { colour: 'group', selectedCode: 'P43' });
  const option = spec.build(spec.rows, { ...spec.settings, caption: 'embedded', widthPx }, vi);
  return { option, svg: renderToSvg(option, widthPx, naturalExportHeightPx(spec, widthPx, vi)) };
}

describe('the 8 small maps', () => {
  it.each([960, 390])('colours each square by its group on that map’s dimension (%i px wide)', (widthPx) => {
    const { svg } = render(widthPx);
    writeFileSync(new URL(`../../.artifacts/tile-multiples-2024-${widthPx}.svg`, import.meta.url), svg);
    const marks = svgMarks(svg);
    // The frame's title is drawn in the SVG; its height is where the panels start.
    const firstTop = Math.min(...marks.map((m) => m.y));
    rows.panels.forEach((panel, index) => {
      const titles = rows.panels.map((p) => p.label);
      const box = multiplesBox(layout, widthPx, rows.panels.length, index, 0, titles);
      const offset =
        firstTop - (multiplesBox(layout, widthPx, rows.panels.length, 0, 0, titles).top + box.cellPx * 0.5);
      for (const tile of layout.units) {
        const expected = standing.find((s) => s.code === tile.code && s.indicator === panel.indicator);
        const square = markAt(
          marks,
          box.left + (tile.col + 0.5) * box.cellPx,
          box.top + offset + (tile.row + 0.5) * box.cellPx,
        );
        expect(square?.fill, `${panel.indicator} ${tile.code}`).toBe(
          expected === undefined ? '#D9D9D9' : PAPI_GROUP_COLORS[expected.group].toUpperCase(),
        );
      }
    });
  });

  it('names each map by its dimension, outlines the selected province on all 8, draws both islands on each', () => {
    const { svg } = render(960);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(rows.panels.map((p) => p.label)));
    const marks = svgMarks(svg);
    expect(marks.filter((m) => m.stroke === '#000000')).toHaveLength(8);
    expect(marks.filter((m) => m.fill === '#FFFFFF')).toHaveLength(16);
  });

  it('escapes names in the tooltip and the maps’ titles', () => {
    const poisoned: TileMapRows = {
      ...rows,
      panels: rows.panels.map((panel, index) => ({
        ...panel,
        label: index === 0 ? ATTACK_STRING : panel.label,
        units: panel.units.map((u) => (u.code === 'P01' ? { ...u, nameVi: ATTACK_STRING } : u)),
      })),
    };
    const { option, svg } = render(960, poisoned);
    expect(svg).not.toContain('<img');
    const tip = callTooltip(option, { data: { panel: 0, code: 'P01' } });
    expect(tip).toContain('&lt;img');
    expect(tip).not.toContain('<img');
  });

  it('gives every square as a table: a row per province, “score (group)” per dimension', () => {
    const table = buildTileMultiplesTable(rows, { colour: 'group', selectedCode: null }, vi);
    expect(table.columns).toHaveLength(9);
    expect(table.rows).toHaveLength(63);
    const quangNinh = table.rows.find((r) => r.header === 'Quảng Ninh');
    const group = standing.find((s) => s.code === 'P14' && s.indicator === '1')?.group ?? 'low';
    expect(quangNinh?.cells[0]).toMatch(new RegExp(`^\\d+,\\d+ \\(${vi.t(`group.${group}`)}\\)$`));
  });
});

describe('the small maps’ titles at phone width', () => {
  it('get a line for every word that does not fit beside the one before, so a long English title is not cut', () => {
    const long = '4. Control of Corruption in the Public Sector';
    // 76 px is a panel's width with 4 maps across a 390 px phone.
    expect(wrappedTitleLines(long, 76)).toBeGreaterThanOrEqual(long.split(' ').length - 1);
    expect(wrappedTitleLines('1. Tham gia', 76)).toBe(2);
    const titles = (title: string) => Array.from({ length: 8 }, () => title);
    expect(multiplesHeightPx(layout, 390, 8, titles(long))).toBeGreaterThan(
      multiplesHeightPx(layout, 390, 8, titles('1. Tham gia')),
    );
  });
});
