// The briefing list, kept across reloads in IndexedDB (via idb): each slide holds its finished figure as a PNG
// data URL, taken when the chart was added, because a chart's spec (functions) cannot be stored. When the
// browser refuses IndexedDB, the list is kept in the page's memory instead (briefingStorageKind says so).
import {
  indexedDbTables,
  memoryTables,
  type BriefingDb,
  type BriefingSlide,
  type BriefingTables,
} from './briefing-tables.ts';
import { classifyStorageError, openStorage, type StorageDatabase, type StorageResult } from './indexed-db.ts';

export type { BriefingSlide } from './briefing-tables.ts';

export type NewBriefingSlide = Omit<BriefingSlide, 'id' | 'position' | 'addedAt' | 'note'> & {
  note?: string;
};

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

let opening: Promise<BriefingTables> | null = null;

/**
 * IndexedDB, or the page's memory when the browser refuses it (not for a full disk or a newer app's database:
 * those errors are the user's to see). `onClosed`: another tab upgraded the database and this connection closed.
 */
async function openTables(onClosed: () => void): Promise<BriefingTables> {
  try {
    return indexedDbTables(await openStorage(BRIEFING_DATABASE, { onClosedForUpgrade: onClosed }));
  } catch (error) {
    if (classifyStorageError(error) !== 'unavailable') throw error;
    return memoryTables();
  }
}

function database(): Promise<BriefingTables> {
  if (opening !== null) return opening;
  // Closed for another tab's upgrade: the next call opens again (and learns if this tab is now outdated).
  const opened = openTables(() => {
    if (opening === opened) opening = null;
  });
  opening = opened;
  return opened;
}

/** Where the list is kept: 'memory' when the browser refused storage (the view says it lasts until the tab closes). */
export async function briefingStorageKind(): Promise<BriefingTables['kind']> {
  return (await database()).kind;
}

/** Closes the connection (tests delete the database between cases) and forgets a list kept in memory. */
export async function closeBriefingStore(): Promise<void> {
  const pending = opening;
  opening = null;
  // An open that failed (a newer app's database) has nothing to close.
  if (pending !== null) (await pending.catch(() => null))?.close();
}

let lastChange: Promise<unknown> = Promise.resolve();

/**
 * Changes run one after another, each reading what the one before wrote: a note typed and a move clicked at once
 * each read the slide and wrote it back whole, so the move could write the note as it was before (a lost note).
 */
function inTurn<T>(change: () => Promise<T>): Promise<T> {
  const run = lastChange.catch(() => undefined).then(change);
  lastChange = run;
  return run;
}

function announceChange(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(BRIEFING_CHANGE_EVENT));
}

/** The slides in deck order. */
export async function listBriefingSlides(): Promise<BriefingSlide[]> {
  const slides = await (await database()).allSlides();
  return slides.sort((a, b) => a.position - b.position || a.addedAt - b.addedAt);
}

/** Appends a slide at the end; returns how many slides the list now has. */
export function addBriefingSlide(slide: NewBriefingSlide, now: Date = new Date()): Promise<number> {
  return inTurn(async () => {
    const existing = await listBriefingSlides();
    const last = existing[existing.length - 1];
    const record: BriefingSlide = {
      note: '',
      ...slide,
      id: `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
      position: last === undefined ? 0 : last.position + 1,
      addedAt: now.getTime(),
    };
    await (await database()).putSlides(record);
    announceChange();
    return existing.length + 1;
  });
}

export function removeBriefingSlide(id: string): Promise<void> {
  return inTurn(async () => {
    await (await database()).deleteSlide(id);
    announceChange();
  });
}

/** Moves a slide one place up (-1) or down (+1); nothing happens at either end. */
export function moveBriefingSlide(id: string, step: -1 | 1): Promise<void> {
  return inTurn(async () => {
    const slides = await listBriefingSlides();
    const index = slides.findIndex((slide) => slide.id === id);
    const current = slides[index];
    const other = slides[index + step];
    if (current === undefined || other === undefined) return;
    await (
      await database()
    ).putSlides({ ...current, position: other.position }, { ...other, position: current.position });
    announceChange();
  });
}

export function setBriefingNote(id: string, note: string): Promise<void> {
  return inTurn(async () => {
    const db = await database();
    const slide = await db.slide(id);
    if (slide === undefined) return;
    await db.putSlides({ ...slide, note });
  });
}

/** The deck title the user typed, or null for the default. */
export async function getDeckTitle(): Promise<string | null> {
  return (await (await database()).meta(DECK_TITLE_KEY)) ?? null;
}

export function setDeckTitle(title: string): Promise<void> {
  return inTurn(async () => (await database()).putMeta(DECK_TITLE_KEY, title));
}

/** The whole briefing list as a backup holds it: the slides in deck order and the typed title (null: the default). */
export interface BriefingDeck {
  readonly title: string | null;
  readonly slides: readonly BriefingSlide[];
}

async function typed<T>(work: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return {
      ok: false,
      reason: classifyStorageError(error),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/** The slides and the deck title, or the storage failure. */
export function readBriefingDeck(): Promise<StorageResult<BriefingDeck>> {
  return typed(async () => ({ title: await getDeckTitle(), slides: await listBriefingSlides() }));
}

/** Replaces the slides and the deck title by `deck`, in one transaction; every list on the page reloads. */
export function replaceBriefingDeck(deck: BriefingDeck): Promise<StorageResult<number>> {
  return typed(() =>
    inTurn(async () => {
      const meta = new Map(deck.title === null ? [] : [[DECK_TITLE_KEY, deck.title] as const]);
      await (await database()).replaceAll(deck.slides, meta);
      announceChange();
      return deck.slides.length;
    }),
  );
}
