// The league table as a finished figure, rendered to SVG as a slide shows it, on the bundled 2024 data (real
// DuckDB): every score sits on its group's colour as indicator_standing decides it, in the row of its province
// and the column of its indicator; the published order (Quảng Ninh first with 47,82, Đắk Nông 58th of 61); the
// whole table fits the 1920×1080 slide above its source line; texts from the data are escaped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeagueFigureOption } from '../../../src/charts/league-table/build-league-figure-option.ts';
import type { LeagueFigureRows } from '../../../src/charts/league-table/league-figure-rows.ts';
import { createLeagueFigureSpec } from '../../../src/charts/league-table/league-figure-spec.ts';
import { PAPI_GROUP_COLORS } from '../../../src/charts/palette.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { sql } from '../../../src/db/sql.ts';
import type { PapiGroup } from '../../../src/domain/types.ts';
import { slideLayoutOf } from '../../../src/export/export-option.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchNationLeagueTable } from '../../../src/queries/nation-league-table.ts';
import { DEFAULT_NATION_SORT } from '../../../src/state/view-params/nation-params.ts';
import { toLeagueFigureRows } from '../../../src/views/nation/league/league-figure-rows-of.ts';
import { buildLeagueTable } from '../../../src/views/nation/league/league-rows.ts';
import { sortLeagueRows } from '../../../src/views/nation/league/sort-league-rows.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, renderToSvg, svgTexts } from '../render-svg.ts';
import { markAt, svgLabels, svgMarks } from '../tile-map/svg-tiles.ts';

const vi = createI18n('vi');
let conn: Connector;
let rows: LeagueFigureRows;
/** indicator_standing's 2024 score and group per province and indicator, read directly. */
let standing: { code: string; indicator: string; score: number; group: PapiGroup }[];

/** Column headers as the figure prints them: the total's name, the dimensions by their code. */
const headerOf = (code: string): string => (code === 'total' ? 'Tổng hợp' : code);

beforeAll(async () => {
  conn = await createLoadedConnector();
  const table = buildLeagueTable(await fetchNationLeagueTable(conn, 2024, 'total'), 'total');
  const shown = sortLeagueRows(table.rows, DEFAULT_NATION_SORT, 'vi');
  const columns = table.columns.map((code) => ({ code, label: headerOf(code) }));
  rows = toLeagueFigureRows(shown, columns, 2024, 'Chỉ số PAPI tổng hợp');
  standing = await conn.query(sql`
    SELECT province_code AS code, indicator, score, papi_group AS "group" FROM indicator_standing
    WHERE year = 2024 AND (indicator = 'total' OR indicator NOT LIKE '%.%')`);
});
afterAll(async () => {
  await conn.close();
});

/** The figure as its slide export draws it (the slide's layout, frame embedded), as SVG. */
function renderSlide(data: LeagueFigureRows = rows, selectedCode: string | null = 'P43') {
  const spec = createLeagueFigureSpec(data, { selectedCode, subtitle: '61 tỉnh, thành phố có điểm.' });
  const layout = slideLayoutOf(spec, vi);
  const option = buildLeagueFigureOption(
    spec.rows,
    { ...spec.settings, caption: 'embedded', widthPx: layout.widthPx },
    vi,
  );
  return { svg: renderToSvg(option, layout.widthPx, layout.heightPx), layout };
}

describe('the league table figure', () => {
  it('puts every 2024 score on its group’s colour in its province’s row and its indicator’s column', () => {
    const { svg } = renderSlide();
    const artifacts = new URL('../../.artifacts/', import.meta.url);
    mkdirSync(artifacts, { recursive: true });
    writeFileSync(new URL('league-figure-2024.svg', artifacts), svg);
    const labels = svgLabels(svg);
    const marks = svgMarks(svg);
    const headerY = labels.find((label) => label.text === vi.t('nation.col.rank'))?.y;
    const columnX = (code: string) =>
      labels.find((label) => label.y === headerY && label.text === headerOf(code))?.x;
    const rowY = (code: string) => {
      const row = rows.rows.find((r) => r.code === code);
      return labels.find((label) => label.text === row?.nameVi)?.y;
    };
    expect(standing.length).toBe(61 * 9);
    for (const { code, indicator, score, group } of standing) {
      const x = columnX(indicator);
      const y = rowY(code);
      expect(x, `column ${indicator}`).toBeDefined();
      expect(y, `row ${code}`).toBeDefined();
      const mark = markAt(marks, x ?? Number.NaN, y ?? Number.NaN);
      expect(mark?.fill, `${code} ${indicator}`).toBe(PAPI_GROUP_COLORS[group].toUpperCase());
      const text = labels.find((l) => Math.abs(l.x - (x ?? 0)) < 0.5 && Math.abs(l.y - (y ?? 0)) < 0.5);
      expect(text?.text, `${code} ${indicator}`).toBe(vi.formatNumber(score));
    }
    // The legend names the four colours.
    expect(svgTexts(svg)).toEqual(
      expect.arrayContaining(['Cao', 'Trung bình cao', 'Trung bình thấp', 'Thấp']),
    );
  });

  it('lists the provinces in rank order, Quảng Ninh first with 47,82 and Đắk Nông 58th, the unscored last', () => {
    const { svg } = renderSlide();
    const labels = svgLabels(svg);
    const names = new Set(rows.rows.map((row) => row.nameVi));
    const drawnNames = labels.filter((label) => names.has(label.text)).sort((a, b) => a.y - b.y);
    expect(drawnNames).toHaveLength(63);
    expect(drawnNames[0]?.text).toBe('Quảng Ninh');
    const rankAt = (y: number) =>
      labels.filter((l) => Math.abs(l.y - y) < 0.5).sort((a, b) => a.x - b.x)[0]?.text;
    expect(rankAt(drawnNames[0]?.y ?? 0)).toBe('1');
    const quangNinh = labels.filter((l) => Math.abs(l.y - (drawnNames[0]?.y ?? 0)) < 0.5).map((l) => l.text);
    expect(quangNinh).toContain('47,82');
    const dakNong = drawnNames.find((label) => label.text === 'Đắk Nông');
    expect(rankAt(dakNong?.y ?? 0)).toBe('58');
    // The two units 2024 did not score close the table, with a dash for a rank and no scores.
    for (const unscored of drawnNames.slice(61)) {
      const texts = labels.filter((l) => Math.abs(l.y - unscored.y) < 0.5).map((l) => l.text);
      expect(texts).toEqual(['–', unscored.text]);
    }
  });

  it('fits the whole table on the 1920×1080 slide, the last row above the source line', () => {
    const { svg, layout } = renderSlide();
    expect(layout.widthPx * layout.pixelRatio).toBe(1920);
    expect(layout.heightPx * layout.pixelRatio).toBe(1080);
    const labels = svgLabels(svg);
    const names = new Set(rows.rows.map((row) => row.nameVi));
    const lastRowY = Math.max(...labels.filter((l) => names.has(l.text)).map((l) => l.y));
    const source = labels.find((l) => l.text.startsWith(vi.t('chart.source')));
    expect(source).toBeDefined();
    expect(lastRowY).toBeLessThan(source?.y ?? Number.NaN);
    expect(source?.y ?? Number.NaN).toBeLessThan(layout.heightPx);
    expect(svgTexts(svg)).toContain('Bảng xếp hạng PAPI 2024: Chỉ số PAPI tổng hợp');
  });

  it('escapes a name and a column header from the data', () => {
    const first = rows.rows[0];
    if (first === undefined) throw new Error('no rows');
    const hostile: LeagueFigureRows = {
      ...rows,
      columns: [ATTACK_STRING, ...rows.columns.slice(1)],
      rows: [{ ...first, nameVi: ATTACK_STRING }, ...rows.rows.slice(1)],
    };
    const { svg } = renderSlide(hostile);
    expect(svg).not.toContain('<img');
    expect(svgTexts(svg).filter((text) => text === ATTACK_STRING)).toHaveLength(2);
  });
});
