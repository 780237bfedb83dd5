// What the built app loads for its first view (the Overview): the entry, the shell the entry imports, the
// Overview's chunk and the chart canvas, each with the chunks it imports. Another view's code, a heavy
// library used by one feature, or a chart part the Overview does not draw there would slow every first
// visit, and the bundler would never say so. Reads dist/ (`npx vite build` first); no browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  chunkNamed,
  dynamicImportsOf,
  staticClosure,
  FIRST_VIEW_CHUNK_STEMS,
  firstViewChunks,
  OTHER_VIEW_CHUNK_STEMS,
  readBuiltChunks,
} from './helpers/built-chunks.ts';
import { DIST_DIR } from './helpers/server.ts';

// The first view's chunks are defined once (helpers/built-chunks.ts), with the bench script that weighs them.
const chunks = readBuiltChunks(DIST_DIR);
const firstView = firstViewChunks(chunks);
const firstViewCode = [...firstView].map((name) => chunks.code.get(name) ?? '').join('\n');

const quoted = (text: string): RegExp => new RegExp(`["'\`]${text}["'\`]`);
const everything = [...chunks.code.values()].join('\n');

/** A test id only that view renders (as the minified JSX writes it: a quoted string of its own). */
const OTHER_VIEWS: Record<string, RegExp> = {
  Dimensions: quoted('dimensions-view'),
  Nationwide: quoted('nation-view'),
  Plan: quoted('plan-none'),
  Data: quoted('data-view'),
};

/** papaparse's own code: the CSV reader. */
const PAPAPARSE = /BAD_DELIMITERS/;

/** Code only that library holds. */
const FEATURE_LIBRARIES: Record<string, RegExp> = {
  pptxgenjs: /PptxGenJS/,
  ExcelJS: /ExcelJS/,
  SheetJS: /SheetJS/,
  mammoth: /mammoth/,
  CodeMirror: /cm-editor/,
  // The Office Open XML writers (docx, pptxgenjs, ExcelJS, SheetJS) all name this part.
  'an Office writer (docx…)': /officeDocument\/2006\/relationships\/styles/,
  // ECharts' heatmap and SVG renderer: the Dimensions view and the exports draw with them, the Overview never.
  'the ECharts heatmap': /series\.heatmap/,
  'the ECharts SVG renderer': /registerPainter\(["'`]svg["'`]/,
  // The CSV reader runs once the engine is up, and then only for a kept file or an import (below).
  papaparse: PAPAPARSE,
};

/** Code the engine's start runs, loaded with the engine's loaders, never with the first view. */
const ENGINE_START_CODE: Record<string, RegExp> = {
  // The derived objects' SQL (src/db/schema.sql.ts): the start's fetch of the bundled data once pulled it in.
  "the schema's SQL": /VIEW total_standing/,
};

/** The English UI text (src/i18n/areas/en/): loaded when a page is shown in English. */
const LATER_LANGUAGES: Record<string, RegExp> = {
  'the English UI text': quoted('Sample data'),
};

describe('the first view loads only what the Overview needs', () => {
  test.each(
    Object.entries({ ...OTHER_VIEWS, ...FEATURE_LIBRARIES, ...ENGINE_START_CODE, ...LATER_LANGUAGES }),
  )('no code of %s', (_name, marker) => {
    expect(firstViewCode).not.toMatch(marker);
    // The marker is in the build, so its absence from the first view means something.
    expect(everything).toMatch(marker);
  });

  test('every view is a chunk of its own that the entry can load, and the service worker precaches it', () => {
    const sw = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8');
    const loaded = dynamicImportsOf(chunks, chunks.entry);
    const lazy = FIRST_VIEW_CHUNK_STEMS.filter((stem) => stem !== 'providers');
    for (const stem of [...lazy, ...OTHER_VIEW_CHUNK_STEMS]) {
      const chunk = chunkNamed(chunks, stem);
      expect(loaded).toContain(chunk);
      expect(sw).toContain(`assets/${chunk}`);
    }
  });
});

describe('index.html asks for the shell next to the entry', () => {
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*href="\.\/assets\/([^"]+)"/g)].map(
    (match) => match[1] ?? '',
  );

  test("every chunk the shell runs beyond the entry's is preloaded, so it is fetched before the entry has run", () => {
    const fromEntry = staticClosure(chunks, [chunks.entry]);
    const shell = [...staticClosure(chunks, [chunkNamed(chunks, 'providers')])];
    const beyondEntry = shell.filter((name) => !fromEntry.has(name));
    expect(beyondEntry.length).toBeGreaterThan(1);
    expect(preloaded).toEqual(expect.arrayContaining(beyondEntry));
    // Anything else preloaded is the entry's own (Vite lists the entry's static imports itself).
    for (const name of preloaded) expect(shell.includes(name) || fromEntry.has(name), name).toBe(true);
  });

  test("no view's chunk, no chart canvas and no engine code: the URL decides those", () => {
    for (const stem of [
      ...FIRST_VIEW_CHUNK_STEMS.filter((name) => name !== 'providers'),
      ...OTHER_VIEW_CHUNK_STEMS,
    ])
      expect(preloaded).not.toContain(chunkNamed(chunks, stem));
    expect(preloaded.join(' ')).not.toMatch(/echarts|duckdb|browser-connector/);
  });
});

describe('a start with nothing kept loads no file reader', () => {
  // What the engine's start runs (session/data-loaders.ts) and what a kept file's re-apply adds to it.
  const startCode = (stem: string): string =>
    [...staticClosure(chunks, [chunkNamed(chunks, stem)])]
      .map((name) => chunks.code.get(name) ?? '')
      .join('\n');

  test('the start-up loaders hold no CSV reader; the re-apply of a kept file brings it', () => {
    expect(PAPAPARSE.test(startCode('data-loaders')), 'papaparse in the start-up loaders').toBe(false);
    expect(PAPAPARSE.test(startCode('reapply-stored-imports')), 'papaparse in the re-apply').toBe(true);
  });
});

describe('the file readers are built once, into the file-reading worker', () => {
  // Every chunk the worker can load: what it imports, and what those load with import(), transitively.
  const workerChunks = new Set<string>();
  for (
    let pending = [chunkNamed(chunks, 'read-worker')], name = pending.pop();
    name !== undefined;
    name = pending.pop()
  ) {
    if (workerChunks.has(name)) continue;
    workerChunks.add(name);
    pending.push(...staticClosure(chunks, [name]), ...dynamicImportsOf(chunks, name));
  }

  test.each([
    ['SheetJS', FEATURE_LIBRARIES.SheetJS],
    ['mammoth', FEATURE_LIBRARIES.mammoth],
  ])(
    '%s is in one chunk, which only the worker loads (no second copy for the page to download)',
    (_, code) => {
      const holding = [...chunks.code].filter(([, text]) => code?.test(text) === true).map(([name]) => name);
      expect(holding).toHaveLength(1);
      expect([...workerChunks]).toContain(holding[0]);
    },
  );
});

describe("the service worker's precache: every feature but the desk tools, which are kept from their first use", () => {
  const sw = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8');
  const assets = readdirSync(join(DIST_DIR, 'assets')).filter((name) => !/\.(br|gz|map)$/.test(name));
  const firstUse = assets.filter((name) => name.startsWith('first-use-'));
  /** pdf.js's own code (its API and its worker both name it). */
  const PDF_JS = /pdfjs-dist|PDFDocumentProxy|PDFWorker/;

  test.each([
    ['the PDF reader (pdf.js)', PDF_JS, 'first-use-pdf-reader-'],
    ['the Word reader (mammoth)', FEATURE_LIBRARIES.mammoth, 'first-use-word-reader-'],
    ['the SQL console (CodeMirror)', FEATURE_LIBRARIES.CodeMirror, 'first-use-sql-console-'],
  ])('%s is in files of its own, which the precache leaves out', (_, code, prefix) => {
    const holding = [...chunks.code].filter(([, text]) => code?.test(text) === true).map(([name]) => name);
    expect(holding.length).toBeGreaterThan(0);
    for (const name of holding) expect(name.startsWith(prefix), name).toBe(true);
    for (const name of holding) expect(sw).not.toContain(`assets/${name}`);
  });

  test("pdf.js's worker is a first-use file too, and nothing else the app ships is left out", () => {
    expect(firstUse.some((name) => /^first-use-pdf-reader-worker-[\w-]+\.mjs$/.test(name))).toBe(true);
    // Every other script, wasm (the exception-handling build's), table and font is precached.
    const precachable = assets.filter(
      (name) =>
        /\.(js|mjs|css|wasm|arrow|woff2)$/.test(name) &&
        !name.startsWith('first-use-') &&
        !/^duckdb-(mvp|browser-mvp)/.test(name),
    );
    const missing = precachable.filter((name) => !sw.includes(`assets/${name}`));
    expect(missing).toEqual([]);
    expect(sw).toMatch(/first-use-/); // the runtime route that keeps them once used
  });
});
