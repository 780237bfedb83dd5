import { describe, expect, it } from 'vitest';
import { buildChartFrame, buildDescribedFrame } from '../../src/charts/chart-frame.ts';
import { createI18n } from '../../src/i18n/create-i18n.ts';
import { renderToSvg, svgTexts } from './render-svg.ts';

const texts = {
  title: 'Đắk Nông: điểm PAPI tổng hợp 2011–2024',
  subtitle: 'Đường bị ngắt tại 2018.',
  source: 'Nguồn: CECODES & UNDP, PAPI (papi.org.vn)',
};

/** The frame alone on an empty chart, as an image. */
const drawn = (frame: ReturnType<typeof buildChartFrame>): string[] => svgTexts(renderToSvg(frame.option));

describe('buildChartFrame', () => {
  it('draws title, subtitle and source into the image when the caption is embedded', () => {
    const all = drawn(buildChartFrame('embedded', texts));
    expect(all).toContain(texts.title);
    expect(all).toContain(texts.subtitle);
    expect(all).toContain(texts.source);
  });

  it('draws nothing and keeps no room when the page carries the texts', () => {
    const frame = buildChartFrame('none', { ...texts, note: 'Dữ liệu minh họa' });
    expect(frame.option.title).toEqual([]);
    expect(frame.topPx).toBe(0);
    expect(frame.bottomPx).toBe(0);
    expect(drawn(frame)).toEqual([]);
  });

  it('puts the note (e.g. sample data) above the source line and makes room for it', () => {
    const withNote = buildChartFrame('embedded', { ...texts, note: 'Dữ liệu minh họa' });
    const without = buildChartFrame('embedded', texts);
    expect(drawn(withNote)).toContain('Dữ liệu minh họa');
    expect(withNote.bottomPx).toBeGreaterThan(without.bottomPx);
    expect(without.option.title.map((t) => t.id)).toEqual(['title', 'source']);
    expect(buildChartFrame('embedded', { ...texts, note: ' ' }).option.title).toHaveLength(2);
  });

  it('gives a wrapped title more room on a narrow chart', () => {
    expect(buildChartFrame('embedded', texts, 320).topPx).toBeGreaterThan(
      buildChartFrame('embedded', texts, 1920).topPx,
    );
  });

  it('uses system fonts, a white background and no animation (exports are stills)', () => {
    const { option } = buildChartFrame('none', texts);
    expect(option.animation).toBe(false);
    expect(option.backgroundColor).toBe('#FFFFFF');
    expect(option.textStyle.fontFamily).toMatch(/^system-ui/);
  });
});

describe('buildDescribedFrame', () => {
  const vi = createI18n('vi');
  const description = { title: texts.title, subtitle: texts.subtitle };

  it("draws PAPI's source line when the chart names none, in the UI language", () => {
    const all = drawn(buildDescribedFrame(description, { caption: 'embedded', widthPx: 960 }, vi));
    expect(all).toContain(vi.t('chart.source'));
    expect(all).toContain(texts.title);
  });

  it("draws the chart's own source and its note (e.g. sample progress) when given", () => {
    const settings = {
      caption: 'embedded',
      widthPx: 960,
      source: 'Tiến độ: X',
      note: 'Dữ liệu minh họa',
    } as const;
    const all = drawn(buildDescribedFrame(description, settings, vi));
    expect(all).toContain('Tiến độ: X');
    expect(all).toContain('Dữ liệu minh họa');
    expect(all).not.toContain(vi.t('chart.source'));
  });
});
