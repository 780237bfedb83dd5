// The built app's JavaScript chunks and what each one loads (read from dist/ after `vite build`): which code
// a view brings with it, without a browser.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuiltChunks {
  /** The chunk index.html starts (assets/…). */
  entry: string;
  /** Each chunk's code, by file name under assets/. */
  code: ReadonlyMap<string, string>;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;

/** Reads dist/'s entry and every .js chunk of dist/assets. */
export function readBuiltChunks(distDir: string): BuiltChunks {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\.?\/?assets\/([^"]+)"/.exec(html)?.[1];
  if (entry === undefined) throw new Error('dist/index.html starts no module script under assets/');
  const assets = join(distDir, 'assets');
  const code = new Map(
    readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, readFileSync(join(assets, name), 'utf8')] as const),
  );
  return { entry, code };
}

const matches = (text: string, pattern: RegExp): string[] =>
  [...text.matchAll(pattern)].map((m) => m[1] ?? '');

/** The chunks `roots` statically import, transitively, themselves included: what runs when they run. */
export function staticClosure(chunks: BuiltChunks, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    if (seen.has(name)) continue;
    const text = chunks.code.get(name);
    if (text === undefined) throw new Error(`no chunk ${name} in dist/assets`);
    seen.add(name);
    pending.push(...matches(text, STATIC_IMPORT));
  }
  return seen;
}

/** The chunks `chunk` loads with import(). */
export function dynamicImportsOf(chunks: BuiltChunks, chunk: string): string[] {
  return matches(chunks.code.get(chunk) ?? '', DYNAMIC_IMPORT);
}

/** The one chunk whose file name starts with `stem` and a dash and hash (e.g. 'overview-view'). */
export function chunkNamed(chunks: BuiltChunks, stem: string): string {
  const found = [...chunks.code.keys()].filter((name) => new RegExp(`^${stem}-[\\w-]{8}\\.js$`).test(name));
  if (found.length !== 1) throw new Error(`expected one chunk named ${stem}-*.js, found ${found.length}`);
  return found[0] ?? '';
}

/** Bytes gzip sends for `names` (level 9, as the build's .gz files and the bench count them). */
export function gzipBytes(chunks: BuiltChunks, names: Iterable<string>): number {
  let total = 0;
  for (const name of names) total += gzipSync(chunks.code.get(name) ?? '', { level: 9 }).length;
  return total;
}

/**
 * What the first view (the Overview) runs, besides the entry: the shell the entry imports, the Overview's chunk
 * and the chart canvas, in the order they arrive. One list for the test that guards the first view
 * (first-view-chunks.e2e.ts) and the bench script that weighs it (tests/bench/first-view-js.ts).
 */
export const FIRST_VIEW_CHUNK_STEMS = ['providers', 'overview-view', 'chart-canvas'] as const;

/** The chunks of every other view (src/app/view-modules.ts), each loaded when that view is first shown. */
export const OTHER_VIEW_CHUNK_STEMS = [
  'dimensions-view',
  'nation-view',
  'plan-view',
  'scores-vs-tasks-view',
  'data-view',
  'briefing-with-summary',
] as const;

/** The first view's root chunks: the entry, then FIRST_VIEW_CHUNK_STEMS. */
export function firstViewRoots(chunks: BuiltChunks): string[] {
  return [chunks.entry, ...FIRST_VIEW_CHUNK_STEMS.map((stem) => chunkNamed(chunks, stem))];
}

/** Every chunk the first view runs: its roots and all they statically import. */
export function firstViewChunks(chunks: BuiltChunks): Set<string> {
  return staticClosure(chunks, firstViewRoots(chunks));
}

/**
 * The JavaScript the first view runs, gzip: to its first figures (the entry, the shell and the Overview's
 * chunk, each with what it imports) and with its charts drawn (the chart canvas and ECharts' Overview parts too).
 */
export function firstViewGzip(chunks: BuiltChunks): { firstFigures: number; withCharts: number } {
  const roots = firstViewRoots(chunks);
  const toFigures = staticClosure(chunks, roots.slice(0, 3));
  return {
    firstFigures: gzipBytes(chunks, toFigures),
    withCharts: gzipBytes(chunks, firstViewChunks(chunks)),
  };
}
