// The desk tools' chunks (vite.config.ts): named so the service worker's precache leaves them out, and a build
// whose precached code would import one statically (so a view would break offline before the tool's first use)
// fails, naming the chunks.
import { describe, expect, it } from 'vitest';
import {
  assetFileName,
  chunkFileName,
  FIRST_USE_URL,
  firstUseCarryOverScript,
  firstUseFilesByTool,
  precachedChunksImportingFirstUse,
} from '../../src/server/first-use-tools.ts';

describe('the desk tools fetched on first use', () => {
  it('names the chunk each tool loads through after the tool, and leaves every other chunk as Vite names it', () => {
    expect(chunkFileName({ facadeModuleId: '/app/node_modules/pdfjs-dist/build/pdf.mjs' })).toBe(
      'assets/first-use-pdf-reader-[hash].js',
    );
    expect(chunkFileName({ facadeModuleId: '/app/node_modules/mammoth/lib/index.js' })).toBe(
      'assets/first-use-word-reader-[hash].js',
    );
    expect(chunkFileName({ facadeModuleId: '/app/src/views/data/sql-console/sql-console-section.tsx' })).toBe(
      'assets/first-use-sql-console-[hash].js',
    );
    // The console's entry point on the Data view, the PDF loader and pdf.js's ?url module are not the tools.
    for (const facadeModuleId of [
      '/app/src/views/data/sql-console/lazy-sql-console.tsx',
      '/app/src/ingest/plan-document/pdf/load-pdfjs.ts',
      '/app/node_modules/pdfjs-dist/build/pdf.worker.min.mjs?url',
      null,
    ])
      expect(chunkFileName({ facadeModuleId })).toBe('assets/[name]-[hash].js');
    expect(assetFileName({ names: ['pdf.worker.min.mjs'] })).toBe(
      'assets/first-use-pdf-reader-worker-[hash][extname]',
    );
    expect(assetFileName({ names: ['be-vietnam-pro-latin-400-normal.woff2'] })).toBe(
      'assets/[name]-[hash][extname]',
    );
  });

  it("the service worker's runtime route matches the tools' files and nothing else", () => {
    expect(FIRST_USE_URL.test('https://x.vn/assets/first-use-sql-console-DR23NkOF.js')).toBe(true);
    expect(FIRST_USE_URL.test('https://x.vn/assets/first-use-pdf-reader-worker-FHbmGBN0.mjs')).toBe(true);
    expect(FIRST_USE_URL.test('https://x.vn/assets/sql-console-section-vHIw_q2N.css')).toBe(false);
    expect(FIRST_USE_URL.test('https://x.vn/assets/plan-view-q3_om7nQ.js')).toBe(false);
  });

  it('finds a precached chunk that imports a tool statically; a dynamic import of one is how they load', () => {
    const chunks = [
      { fileName: 'assets/data-view-a.js', imports: ['assets/app-shared-b.js'] },
      { fileName: 'assets/first-use-sql-console-c.js', imports: ['assets/app-shared-b.js'] },
      { fileName: 'assets/first-use-pdf-reader-d.js', imports: [] },
    ];
    expect(precachedChunksImportingFirstUse(chunks)).toEqual([]);
    const eager = [
      ...chunks,
      { fileName: 'assets/plan-view-e.js', imports: ['assets/first-use-pdf-reader-d.js'] },
    ];
    expect(precachedChunksImportingFirstUse(eager)).toEqual([
      'assets/plan-view-e.js → assets/first-use-pdf-reader-d.js',
    ]);
  });
});

/** A fake service worker scope running the carry-over script, with one cache of URLs; `fails` cannot be fetched. */
function runCarryOver(files: Record<string, string[]>, kept: string[], fails: string[] = []) {
  const origin = 'https://papi.example.vn/';
  const cached = new Set(kept.map((name) => new URL(`assets/${name}`, origin).href));
  const cache = {
    keys: () => Promise.resolve([...cached].map((url) => ({ url }))),
    // As the Cache API's: every file or none.
    addAll: (paths: string[]) => {
      const urls = paths.map((path) => new URL(path, origin).href);
      if (urls.some((url) => fails.some((name) => url.endsWith(name))))
        return Promise.reject(new TypeError('Failed to fetch'));
      urls.forEach((url) => cached.add(url));
      return Promise.resolve();
    },
    delete: (request: { url: string }) => Promise.resolve(cached.delete(request.url)),
  };
  const listeners = new Map<string, (event: { waitUntil: (done: Promise<unknown>) => void }) => void>();
  const self = { addEventListener: (type: string, listener: never) => listeners.set(type, listener) };
  const caches = { open: () => Promise.resolve(cache) };
  new Function('self', 'caches', firstUseCarryOverScript(files))(self, caches);
  const dispatch = async (type: string): Promise<void> => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)?.({ waitUntil: (promise) => (done = promise) });
    await done;
  };
  const names = (): string[] => [...cached].map((url) => url.split('/').pop() ?? '').sort();
  /** A file the route keeps as a tab fetches it. */
  const keep = (name: string): void => void cached.add(new URL(`assets/${name}`, origin).href);
  return { dispatch, names, keep };
}

describe('a desk tool used with an earlier version, after an update', () => {
  const files = firstUseFilesByTool([
    'assets/first-use-pdf-reader-NEW1.js',
    'assets/first-use-pdf-reader-worker-NEW2.mjs',
    'assets/first-use-sql-console-NEW3.js',
    'assets/first-use-word-reader-NEW4.js',
  ]);

  it("groups a build's files by tool, pdf.js's worker with the pdf reader", () => {
    expect(files).toEqual({
      'pdf-reader': ['assets/first-use-pdf-reader-NEW1.js', 'assets/first-use-pdf-reader-worker-NEW2.mjs'],
      'word-reader': ['assets/first-use-word-reader-NEW4.js'],
      'sql-console': ['assets/first-use-sql-console-NEW3.js'],
    });
  });

  it('is fetched in its new version when the update installs; a tool never used is not', async () => {
    const sw = runCarryOver(files, ['first-use-sql-console-OLD3.js']);
    await sw.dispatch('install');
    expect(sw.names()).toEqual(['first-use-sql-console-NEW3.js', 'first-use-sql-console-OLD3.js']);
    // Once every tab runs the new version, the old files go.
    await sw.dispatch('activate');
    expect(sw.names()).toEqual(['first-use-sql-console-NEW3.js']);
  });

  it('the pdf reader comes whole or not at all; a file the network cannot give now does not fail the install', async () => {
    const sw = runCarryOver(
      files,
      ['first-use-pdf-reader-OLD1.js', 'first-use-pdf-reader-worker-OLD2.mjs'],
      ['first-use-pdf-reader-worker-NEW2.mjs'],
    );
    await sw.dispatch('install');
    // pdf.js without its worker would call a good PDF damaged: neither is kept; both come at the next use.
    expect(sw.names()).toEqual(['first-use-pdf-reader-OLD1.js', 'first-use-pdf-reader-worker-OLD2.mjs']);
    await sw.dispatch('activate');
    expect(sw.names()).toEqual([]);
  });

  it('a tool first used in a tab of the old version while the update waited is fetched as the update goes live', async () => {
    const sw = runCarryOver(files, []);
    await sw.dispatch('install');
    sw.keep('first-use-word-reader-OLD4.js');
    await sw.dispatch('activate');
    expect(sw.names()).toEqual(['first-use-word-reader-NEW4.js']);
  });

  it('a first install, with nothing used yet, fetches nothing', async () => {
    const sw = runCarryOver(files, []);
    await sw.dispatch('install');
    await sw.dispatch('activate');
    expect(sw.names()).toEqual([]);
  });
});
