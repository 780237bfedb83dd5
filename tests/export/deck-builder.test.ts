// The deck, built by pptxgenjs in Node and opened with JSZip: the slides a user would see in PowerPoint.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DeckInput } from '../../src/export/deck-builder.ts';
import { buildDeck } from '../../src/export/deck-builder.ts';

// A 1×1 white PNG.
const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

function deckInput(summary?: string[]): DeckInput {
  return {
    title: 'Chỉ số PAPI của Đắk Nông',
    subtitleLines: ['Tỉnh: Đắk Nông', 'Ngày 27/11/2026'],
    ...(summary === undefined ? {} : { summary }),
    summaryTitle: 'Tóm tắt',
    lang: 'vi',
    slides: ['Xu hướng', 'Khoảng cách', 'Nhiệm vụ'].map((title, i) => ({
      title: `${title} ${i + 1}`,
      imageDataUrl: PNG_DATA_URL,
      source: 'Nguồn: CECODES & UNDP',
      note: i === 1 ? 'Nhấn mạnh chỉ số 4' : '',
    })),
  };
}

async function openDeck(input: DeckInput) {
  const zip = await JSZip.loadAsync((await buildDeck(input, 'arraybuffer')) as ArrayBuffer);
  const slideNames = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return { zip, slideNames, read };
}

describe('briefing deck', () => {
  it('has a title slide, then one slide per chart with its title, picture and source, notes where written', async () => {
    const { slideNames, read, zip } = await openDeck(deckInput());
    expect(slideNames).toHaveLength(4);
    const cover = await read('ppt/slides/slide1.xml');
    expect(cover).toContain('Chỉ số PAPI của Đắk Nông');
    expect(cover).toContain('Ngày 27/11/2026');
    for (const [index, name] of slideNames.slice(1).entries()) {
      const xml = await read(name);
      expect(xml).toContain('<p:pic>');
      // Said once, by the picture (its alt text for screen readers), not again as slide text.
      expect(pictureAltText(xml)).toBe(
        `${['Xu hướng', 'Khoảng cách', 'Nhiệm vụ'][index]} ${index + 1}. Nguồn: CECODES &amp; UNDP`,
      );
      const rels = await read(name.replace('slides/', 'slides/_rels/') + '.rels');
      expect(rels).toMatch(/Target="\.\.\/media\/image[^"]*\.png"/);
    }
    expect(Object.keys(zip.files).some((name) => /^ppt\/media\/.*\.png$/.test(name))).toBe(true);
    const notes = await read('ppt/notesSlides/notesSlide3.xml');
    expect(notes).toContain('Nhấn mạnh chỉ số 4');
    const presentation = await read('ppt/presentation.xml');
    expect(presentation).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
  });

  it('puts the briefing summary on its own slide after the title slide when given', async () => {
    const { slideNames, read } = await openDeck(deckInput(['Đắk Nông 2024: 40,54 điểm.', 'Hạng 58/61.']));
    expect(slideNames).toHaveLength(5);
    const summary = await read('ppt/slides/slide2.xml');
    expect(summary).toContain('Tóm tắt');
    expect(summary).toContain('Đắk Nông 2024: 40,54 điểm.');
    expect(summary).toContain('Hạng 58/61.');
    expect(pictureAltText(await read('ppt/slides/slide3.xml'))).toContain('Xu hướng 1');
  });

  it('a chart slide is its picture alone: no title or source repeated as text, the figure across 95 % of the width', async () => {
    const { slideNames, read } = await openDeck(deckInput());
    const presentation = await read('ppt/presentation.xml');
    const [, slideCx = '0', slideCy = '0'] = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(presentation) ?? [];
    const slideWidth = Number(slideCx);
    const slideHeight = Number(slideCy);
    const usableWidth = slideWidth - 2 * 0.4 * 914400; // 0.4 in margins, 914,400 EMU per inch
    for (const name of slideNames.slice(1)) {
      const xml = await read(name);
      expect(slideText(xml), name).toEqual([]);
      const pictures = [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map((match) => match[0]);
      expect(pictures, name).toHaveLength(1);
      const [, x = '0', y = '0', cx = '0', cy = '0'] =
        /<a:off x="(\d+)" y="(\d+)"\/>\s*<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(pictures[0] ?? '') ?? [];
      expect(Number(cx) / usableWidth, name).toBeCloseTo(0.95, 2);
      expect(Number(cx) / Number(cy), name).toBeCloseTo(16 / 9, 2);
      // Centred, and inside the slide.
      expect(Math.abs(2 * Number(x) + Number(cx) - slideWidth), name).toBeLessThan(2);
      expect(Math.abs(2 * Number(y) + Number(cy) - slideHeight), name).toBeLessThan(2);
    }
  });
});

/** The text runs a slide shows (its text boxes), in order. */
function slideText(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((match) => match[1] ?? '');
}

/** The alt text (descr) of a slide's picture. */
function pictureAltText(xml: string): string {
  return /<p:cNvPr [^>]*descr="([^"]*)"/.exec(xml)?.[1] ?? '';
}
