// The briefing list in IndexedDB (fake-indexeddb in Node): kept in order, reorderable, notes and title saved.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  addBriefingSlide,
  BRIEFING_DB_NAME,
  briefingStorageKind,
  closeBriefingStore,
  getDeckTitle,
  listBriefingSlides,
  moveBriefingSlide,
  removeBriefingSlide,
  setBriefingNote,
  setDeckTitle,
} from '../../src/storage/briefing-store.ts';

function slide(title: string) {
  return {
    chartId: `chart-${title}`,
    title,
    source: 'Nguồn: PAPI',
    imageDataUrl: 'data:image/png;base64,AA==',
  };
}

afterEach(async () => {
  await closeBriefingStore();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(BRIEFING_DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
});

const titles = async () => (await listBriefingSlides()).map((s) => s.title);

describe('briefing list store', () => {
  it('keeps a note typed and a move clicked at once: neither change writes over the other', async () => {
    await addBriefingSlide(slide('A'));
    await addBriefingSlide(slide('B'));
    await addBriefingSlide(slide('C'));
    const [, second, third] = await listBriefingSlides();
    if (second === undefined || third === undefined) throw new Error('three slides were added');
    // As a person typing a note then clicking "move up" on the next slide: neither call is awaited before the other.
    await Promise.all([setBriefingNote(second.id, 'Nhấn mạnh khoảng cách'), moveBriefingSlide(third.id, -1)]);
    const slides = await listBriefingSlides();
    expect(slides.map((s) => s.title)).toEqual(['A', 'C', 'B']);
    expect(slides.map((s) => s.note)).toEqual(['', '', 'Nhấn mạnh khoảng cách']);
  });

  it('keeps added charts in the order they were added and counts them', async () => {
    expect(await addBriefingSlide(slide('A'))).toBe(1);
    expect(await addBriefingSlide(slide('B'))).toBe(2);
    expect(await addBriefingSlide(slide('C'))).toBe(3);
    expect(await titles()).toEqual(['A', 'B', 'C']);
  });

  it('moves a slide up and down, and not past either end', async () => {
    for (const title of ['A', 'B', 'C']) await addBriefingSlide(slide(title));
    const [a, , c] = await listBriefingSlides();
    await moveBriefingSlide(c?.id ?? '', -1);
    expect(await titles()).toEqual(['A', 'C', 'B']);
    await moveBriefingSlide(a?.id ?? '', -1);
    expect(await titles()).toEqual(['A', 'C', 'B']);
    await moveBriefingSlide(a?.id ?? '', 1);
    expect(await titles()).toEqual(['C', 'A', 'B']);
  });

  it('removes a slide and keeps notes and the deck title across a new connection (a reload)', async () => {
    for (const title of ['A', 'B']) await addBriefingSlide(slide(title));
    const [a, b] = await listBriefingSlides();
    await setBriefingNote(b?.id ?? '', 'Nói về chỉ số 4');
    await removeBriefingSlide(a?.id ?? '');
    await setDeckTitle('Giao ban quý IV');
    await closeBriefingStore();
    const after = await listBriefingSlides();
    expect(after.map((s) => [s.title, s.note])).toEqual([['B', 'Nói về chỉ số 4']]);
    expect(await getDeckTitle()).toBe('Giao ban quý IV');
  });
});

describe('briefing list when the browser refuses IndexedDB', () => {
  it('keeps slides, order, notes and title in memory, and says it does', async () => {
    await closeBriefingStore();
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    });
    try {
      expect(await briefingStorageKind()).toBe('memory');
      expect(await addBriefingSlide(slide('A'))).toBe(1);
      expect(await addBriefingSlide(slide('B'))).toBe(2);
      const [a] = await listBriefingSlides();
      await moveBriefingSlide(a?.id ?? '', 1);
      await setBriefingNote(a?.id ?? '', 'nhấn mạnh');
      await setDeckTitle('Giao ban');
      expect(await titles()).toEqual(['B', 'A']);
      expect((await listBriefingSlides())[1]?.note).toBe('nhấn mạnh');
      expect(await getDeckTitle()).toBe('Giao ban');
    } finally {
      open.mockRestore();
      await closeBriefingStore();
    }
    // Nothing of it reached IndexedDB.
    expect(await briefingStorageKind()).toBe('indexeddb');
    expect(await titles()).toEqual([]);
  });
});
