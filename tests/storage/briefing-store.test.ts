// The briefing list in IndexedDB (fake-indexeddb in Node): kept in order, reorderable, notes and title saved.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addBriefingSlide,
  BRIEFING_DB_NAME,
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
