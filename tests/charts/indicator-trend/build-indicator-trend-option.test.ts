// The indicator trend built from the real bundled data and rendered to SVG, as a person would see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndicatorTrendOption } from '../../../src/charts/indicator-trend/build-indicator-trend-option.ts';
import type {
  IndicatorTrendRows,
  TrendBand,
} from '../../../src/charts/indicator-trend/indicator-trend-rows.ts';
import { buildIndicatorTrendTable } from '../../../src/charts/indicator-trend/indicator-trend-table.ts';
import { PEER_COLOR } from '../../../src/charts/indicator-trend/indicator-trend-series.ts';
import { CHART_COLORS } from '../../../src/charts/palette.ts';
import type { Connector } from '../../../src/db/connector.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import { fetchIndicatorPanel } from '../../../src/queries/indicator-panel.ts';
import { fetchIndicatorYears } from '../../../src/queries/indicator-years.ts';
import { createLoadedConnector } from '../../helpers/data-files.ts';
import { ATTACK_STRING, callTooltip, linePaths, renderToSvg, svgTexts } from '../render-svg.ts';

const vi = createI18n('vi');
let conn: Connector;
const rows = new Map<string, IndicatorTrendRows>();
beforeAll(async () => {
  conn = await createLoadedConnector();
  for (const code of ['2', '5.2']) {
    rows.set(code, {
      years: await fetchIndicatorYears(conn, code),
      panel: await fetchIndicatorPanel(conn, code),
    });
  }
});
afterAll(async () => {
  await conn.close();
});

const PEERS = [
  { code: 'P40', name: 'Kon Tum' },
  { code: 'P41', name: 'Gia Lai' },
  { code: 'P42', name: 'Đắk Lắk' },
  { code: 'P44', name: 'Lâm Đồng' },
];
const build = (code: string, { band = 'both' as TrendBand, provinceName = 'Đắk Nông', peers = PEERS } = {}) =>
  buildIndicatorTrendOption(
    rows.get(code) as IndicatorTrendRows,
    {
      provinceCode: 'P43',
      provinceName,
      indicatorLabel: '2. Công khai',
      peers,
      band,
      caption: 'embedded',
      widthPx: 960,
    },
    vi,
  );
/** Separate drawn pieces of the lines stroked in `color` at `width`. */
const pieces = (svg: string, color: string, width: number): number =>
  linePaths(svg, color, width).flatMap((d) => d.split('M').filter(Boolean)).length;
type SeriesLike = { id?: string; data?: (number | null)[] };

describe('buildIndicatorTrendOption', () => {
  it('shows title, the break at 2018, the peers and the source in the image', () => {
    const texts = svgTexts(renderToSvg(build('2')));
    expect(texts).toContain('2. Công khai: Đắk Nông so với các tỉnh so sánh và toàn quốc');
    const all = texts.join(' ');
    expect(all).toContain('Đường bị ngắt năm 2018');
    expect(all).toContain('Kon Tum');
    expect(texts).toContain('Nguồn: CECODES & UNDP, PAPI (papi.org.vn)');
  });

  it('never joins the province line across 2018: two pieces, and each peer in two muted pieces', () => {
    const svg = renderToSvg(build('2'));
    expect(pieces(svg, CHART_COLORS.province, 3)).toBe(2);
    expect(pieces(svg, PEER_COLOR, 1.2)).toBe(8);
  });

  it('leaves 5.2 empty after 2020 (gaps, never 0), broken at 2018 like every indicator', () => {
    const option = build('5.2');
    const province = (option.series as SeriesLike[]).filter((s) => s.id?.startsWith('province-'));
    expect(province.map((s) => s.id)).toEqual(['province-2011', 'province-2018-after-break']);
    const data = province[1]?.data ?? [];
    expect(data.slice(-4)).toEqual([null, null, null, null]);
    expect(province.some((s) => s.data?.includes(0))).toBe(false);
    expect(pieces(renderToSvg(option), CHART_COLORS.province, 3)).toBe(2);
  });

  it('draws the min–max band, the interquartile band or both as asked', () => {
    const ids = (band: TrendBand) => (build('2', { band }).series as SeriesLike[]).map((s) => s.id ?? '');
    expect(ids('minmax').some((id) => id.startsWith('iqr'))).toBe(false);
    expect(ids('minmax').some((id) => id.startsWith('minmax'))).toBe(true);
    expect(ids('iqr').some((id) => id.startsWith('minmax'))).toBe(false);
    expect(ids('both').filter((id) => id.endsWith('-width'))).toHaveLength(4);
  });

  it('escapes province and peer names in the tooltip', () => {
    const option = build('2', { provinceName: ATTACK_STRING, peers: [{ code: 'P40', name: ATTACK_STRING }] });
    const html = callTooltip(option, [{ axisValue: '2020' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('lists every year in the table, with “–” where 5.2 has no national figures', () => {
    const table = buildIndicatorTrendTable(
      rows.get('5.2') as IndicatorTrendRows,
      {
        provinceCode: 'P43',
        provinceName: 'Đắk Nông',
        indicatorLabel: '5.2',
        peers: [],
        band: 'both',
      },
      vi,
    );
    expect(table.rows.map((r) => r.header)).toContain('2024');
    expect(table.rows.find((r) => r.header === '2024')?.cells.slice(0, 2)).toEqual(['–', '–']);
  });
});

describe('the year axis on a phone', () => {
  /** The year labels drawn on the axis, left to right (the peers' end labels are names, not years). */
  const yearLabels = (widthPx: number): string[] => {
    const option = buildIndicatorTrendOption(
      rows.get('2') as IndicatorTrendRows,
      {
        provinceCode: 'P43',
        provinceName: 'Đắk Nông',
        indicatorLabel: '2. Công khai',
        peers: PEERS,
        band: 'both',
        caption: 'none',
        widthPx,
      },
      vi,
    );
    return svgTexts(renderToSvg(option, widthPx, 420)).filter((text) => /^\d{4}$/.test(text));
  };
  const lastYear = (): string =>
    String(Math.max(...(rows.get('2') as IndicatorTrendRows).years.map((y) => y.year)));

  it.each([390, 320])('labels the last scored year at %i px, thinning the years before it', (widthPx) => {
    const labels = yearLabels(widthPx);
    expect(labels.at(-1)).toBe(lastYear());
    expect(labels.length).toBeGreaterThan(2);
  });
});
