// The briefing list, kept across reloads in IndexedDB (via idb): each slide holds its finished figure as a PNG
// data URL, taken when the chart was added, because a chart's spec (functions) cannot be stored.
import type { DBSchema, IDBPDatabase } from 'idb';
import { openStorage, type StorageDatabase } from './indexed-db';

/** One slide of the briefing list. */
export interface BriefingSlide {
  id: string;
  chartId: string;
  title: string;
  source: string;
  /** The speaker note the user writes. */
  note: string;
  /** The slide PNG (1920×1080) as a data URL. */
  imageDataUrl: string;
  /** Sort key: slides are shown and exported by ascending position. */
  position: number;
  addedAt: number;
}

export type NewBriefingSlide = Omit<BriefingSlide, 'id' | 'position' | 'addedAt' | 'note'> & {
  note?: string;
};

interface BriefingDb extends DBSchema {
  slides: { key: string; value: BriefingSlide };
  meta: { key: string; value: string };
}

export const BRIEFING_DB_NAME = 'papi-briefing';
const DECK_TITLE_KEY = 'deckTitle';
/** Fired on window after every change, so every list on the page reloads. */
export const BRIEFING_CHANGE_EVENT = 'papi-briefing-change';

const BRIEFING_DATABASE: StorageDatabase<BriefingDb> = {
  name: BRIEFING_DB_NAME,
  version: 1,
  upgrade(db) {
    db.createObjectStore('slides', { keyPath: 'id' });
    db.createObjectStore('meta');
  },
};

let opening: Promise<IDBPDatabase<BriefingDb>> | null = null;

function database(): Promise<IDBPDatabase<BriefingDb>> {
  opening ??= openStorage(BRIEFING_DATABASE);
  return opening;
}

/** Closes the connection (tests delete the database between cases). */
export async function closeBriefingStore(): Promise<void> {
  const pending = opening;
  opening = null;
  if (pending !== null) (await pending).close();
}

function announceChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(BRIEFING_CHANGE_EVENT));
}

/** The slides in deck order. */
export async function listBriefingSlides(): Promise<BriefingSlide[]> {
  const slides = await (await database()).getAll('slides');
  return slides.sort((a, b) => a.position - b.position || a.addedAt - b.addedAt);
}

/** Appends a slide at the end; returns how many slides the list now has. */
export async function addBriefingSlide(slide: NewBriefingSlide, now: Date = new Date()): Promise<number> {
  const existing = await listBriefingSlides();
  const last = existing[existing.length - 1];
  const record: BriefingSlide = {
    note: '',
    ...slide,
    id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    position: last === undefined ? 0 : last.position + 1,
    addedAt: now.getTime(),
  };
  await (await database()).put('slides', record);
  announceChange();
  return existing.length + 1;
}

export async function removeBriefingSlide(id: string): Promise<void> {
  await (await database()).delete('slides', id);
  announceChange();
}

/** Moves a slide one place up (-1) or down (+1); nothing happens at either end. */
export async function moveBriefingSlide(id: string, step: -1 | 1): Promise<void> {
  const slides = await listBriefingSlides();
  const index = slides.findIndex((slide) => slide.id === id);
  const current = slides[index];
  const other = slides[index + step];
  if (current === undefined || other === undefined) return;
  const db = await database();
  const tx = db.transaction('slides', 'readwrite');
  await Promise.all([
    tx.store.put({ ...current, position: other.position }),
    tx.store.put({ ...other, position: current.position }),
    tx.done,
  ]);
  announceChange();
}

export async function setBriefingNote(id: string, note: string): Promise<void> {
  const db = await database();
  const slide = await db.get('slides', id);
  if (slide === undefined) return;
  await db.put('slides', { ...slide, note });
}

/** The deck title the user typed, or null for the default. */
export async function getDeckTitle(): Promise<string | null> {
  return (await (await database()).get('meta', DECK_TITLE_KEY)) ?? null;
}

export async function setDeckTitle(title: string): Promise<void> {
  await (await database()).put('meta', title, DECK_TITLE_KEY);
}
