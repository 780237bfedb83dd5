// The option-to-export transformation: the same spec the page draws, re-built with its frame embedded (title,
// subtitle, note, source + export date) in the export font, animation off, at the export layout.
import { describe, expect, it } from 'vitest';
import { EXPORT_FONT_FAMILY } from '../../src/charts/chart-frame.ts';
import { buildSpecOption } from '../../src/charts/chart-spec.ts';
import { createTotalTrendSpec } from '../../src/charts/total-trend/total-trend-spec.ts';
import {
  buildExportOption,
  screenLayoutOf,
  SLIDE_HEIGHT_PX,
  SLIDE_WIDTH_PX,
  slideLayout,
  slideLayoutOf,
} from '../../src/export/export-option.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { renderToSvg, svgTexts } from '../charts/render-svg.ts';
import { makeTrendPoints } from '../charts/trend-fixture.ts';

const vi = createI18n('vi');
const STAMP = 'Xuất ngày 27/11/2026';

function trendSpec(note?: string) {
  return createTotalTrendSpec(makeTrendPoints(), {
    provinceName: 'Đắk Nông',
    ...(note === undefined ? {} : { note }),
  });
}

describe('export option', () => {
  it('draws title, subtitle, legend, source and the export date into the figure, which the screen option does not', () => {
    const spec = trendSpec();
    const layout = slideLayoutOf(spec, vi);
    const texts = svgTexts(
      renderToSvg(buildExportOption(spec, layout, STAMP, vi), layout.widthPx, layout.heightPx),
    );
    const joined = texts.join(' ').normalize('NFC');
    expect(joined).toContain('Đắk Nông: điểm PAPI tổng hợp 2011–2024');
    expect(joined).toContain('Nguồn: CECODES & UNDP, PAPI (papi.org.vn) · Xuất ngày 27/11/2026');
    expect(texts).toContain('Trung vị toàn quốc');
    const screen = svgTexts(renderToSvg(buildSpecOption(spec, { widthPx: 960, caption: 'none' }, vi))).join(
      ' ',
    );
    expect(screen).not.toContain('điểm PAPI tổng hợp 2011');
    expect(screen).not.toContain('Xuất ngày');
  });

  it('keeps the sample-data note of a figure in the export', () => {
    const spec = trendSpec('Dữ liệu minh họa');
    const layout = slideLayoutOf(spec, vi);
    const texts = svgTexts(
      renderToSvg(buildExportOption(spec, layout, STAMP, vi), layout.widthPx, layout.heightPx),
    );
    expect(texts.join(' ')).toContain('Dữ liệu minh họa');
  });

  it('turns animation off, paints white and uses the self-hosted export font', () => {
    const option = buildExportOption(trendSpec(), { widthPx: 960 }, STAMP, vi) as {
      animation?: boolean;
      backgroundColor?: string;
      textStyle?: { fontFamily?: string };
    };
    expect(option.animation).toBe(false);
    expect(option.backgroundColor).toBe('#FFFFFF');
    expect(option.textStyle?.fontFamily).toBe(EXPORT_FONT_FAMILY);
    expect(EXPORT_FONT_FAMILY.startsWith("'Be Vietnam Pro'")).toBe(true);
    const svg = renderToSvg(option as never);
    expect(svg).toContain('Be Vietnam Pro');
  });

  it('lays a slide out at 960×540 drawn at ×2 (1920×1080), and a tall chart wider, never squashed', () => {
    expect(slideLayoutOf(trendSpec(), vi)).toEqual({ widthPx: 960, heightPx: 540, pixelRatio: 2 });
    const tall = slideLayout(900);
    expect(tall.heightPx).toBeGreaterThanOrEqual(900);
    expect(tall.widthPx / tall.heightPx).toBeCloseTo(16 / 9, 5);
    expect(tall.widthPx * tall.pixelRatio).toBeCloseTo(SLIDE_WIDTH_PX, 5);
    expect(tall.heightPx * tall.pixelRatio).toBeCloseTo(SLIDE_HEIGHT_PX, 5);
  });

  it('gives the "twice the screen" PNG the screen width and the chart height plus its frame, at ×2', () => {
    const layout = screenLayoutOf(trendSpec(), 700, vi);
    expect(layout.widthPx).toBe(700);
    expect(layout.pixelRatio).toBe(2);
    expect(layout.heightPx).toBeGreaterThan(480 + 40);
  });
});
