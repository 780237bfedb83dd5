// Where the briefing list lives: this browser's IndexedDB, or, when the browser refuses it (blocked storage,
// some private modes), the page's memory, so the Briefing view still works until the tab is closed.
import type { DBSchema, IDBPDatabase } from 'idb';

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

export interface BriefingDb extends DBSchema {
  slides: { key: string; value: BriefingSlide };
  meta: { key: string; value: string };
}

/** The few reads and writes the briefing list needs, whatever keeps it. */
export interface BriefingTables {
  /** 'memory': storage was refused; the list lasts until the tab is closed. */
  readonly kind: 'indexeddb' | 'memory';
  allSlides(): Promise<BriefingSlide[]>;
  slide(id: string): Promise<BriefingSlide | undefined>;
  /** Writes the slides together (one transaction). */
  putSlides(...slides: BriefingSlide[]): Promise<void>;
  deleteSlide(id: string): Promise<void>;
  meta(key: string): Promise<string | undefined>;
  putMeta(key: string, value: string): Promise<void>;
  /** Replaces every slide and meta entry (a restored backup), in one transaction. */
  replaceAll(slides: readonly BriefingSlide[], meta: ReadonlyMap<string, string>): Promise<void>;
  close(): void;
}

/** The list in an open IndexedDB database. */
export function indexedDbTables(db: IDBPDatabase<BriefingDb>): BriefingTables {
  return {
    kind: 'indexeddb',
    allSlides: () => db.getAll('slides'),
    slide: (id) => db.get('slides', id),
    async putSlides(...slides) {
      const tx = db.transaction('slides', 'readwrite');
      await Promise.all([...slides.map((slide) => tx.store.put(slide)), tx.done]);
    },
    async deleteSlide(id) {
      await db.delete('slides', id);
    },
    meta: (key) => db.get('meta', key),
    async putMeta(key, value) {
      await db.put('meta', value, key);
    },
    async replaceAll(slides, meta) {
      const tx = db.transaction(['slides', 'meta'], 'readwrite');
      const slideStore = tx.objectStore('slides');
      const metaStore = tx.objectStore('meta');
      await Promise.all([
        slideStore.clear(),
        metaStore.clear(),
        ...slides.map((slide) => slideStore.put({ ...slide })),
        ...[...meta].map(([key, value]) => metaStore.put(value, key)),
        tx.done,
      ]);
    },
    close: () => db.close(),
  };
}

/** The list in the page's memory (copies in and out, as IndexedDB would give). */
export function memoryTables(): BriefingTables {
  const slides = new Map<string, BriefingSlide>();
  const meta = new Map<string, string>();
  return {
    kind: 'memory',
    allSlides: () => Promise.resolve([...slides.values()].map((slide) => ({ ...slide }))),
    slide: (id) => Promise.resolve(slides.has(id) ? { ...(slides.get(id) as BriefingSlide) } : undefined),
    putSlides(...written) {
      for (const slide of written) slides.set(slide.id, { ...slide });
      return Promise.resolve();
    },
    deleteSlide(id) {
      slides.delete(id);
      return Promise.resolve();
    },
    meta: (key) => Promise.resolve(meta.get(key)),
    putMeta(key, value) {
      meta.set(key, value);
      return Promise.resolve();
    },
    replaceAll(written, writtenMeta) {
      slides.clear();
      meta.clear();
      for (const slide of written) slides.set(slide.id, { ...slide });
      for (const [key, value] of writtenMeta) meta.set(key, value);
      return Promise.resolve();
    },
    close: () => undefined,
  };
}
