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
      expect(xml).toContain(`${['Xu hướng', 'Khoảng cách', 'Nhiệm vụ'][index]} ${index + 1}`);
      expect(xml).toContain('Nguồn: CECODES &amp; UNDP');
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
    expect(await read('ppt/slides/slide3.xml')).toContain('Xu hướng 1');
  });
});
