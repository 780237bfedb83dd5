// The desk tools' chunks (vite.config.ts): named so the service worker's precache leaves them out, and a build
// whose precached code would import one statically (so a view would break offline before the tool's first use)
// fails, naming the chunks.
import { describe, expect, it } from 'vitest';
import {
  assetFileName,
  chunkFileName,
  FIRST_USE_URL,
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
