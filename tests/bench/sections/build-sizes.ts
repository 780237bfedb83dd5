// What the build ships: the entry JS and each lazy chunk (gzip, as the server sends them), the wasm
// (raw, gzip, brotli: the .gz/.br files the build wrote), the first-screen seed and the total.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { filesUnder, gzip } from '../../../src/server/precompress.ts';
import { firstViewGzip, readBuiltChunks } from '../../e2e/helpers/built-chunks.ts';
import { fmtBytes, type BenchSection } from '../bench-kit.ts';
import { buildJsFloor } from '../floor-build.ts';
import {
  SEED_PARTS,
  seedPartFile,
  seedPartsIn,
  type SeedPart,
} from '../../../src/prerender/first-screen-seed.ts';

const sizeOf = (path: string): number | null => (existsSync(path) ? statSync(path).size : null);

export const buildSizesSection: BenchSection = {
  name: 'build sizes',
  async run(context) {
    const dist = context.distDir;
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    const entry = /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1] ?? null;
    const files = filesUnder(dist).map((f) => relative(dist, f).split(sep).join('/'));
    const js = files.filter((f) => /\.m?js$/.test(f) && f !== entry && f.startsWith('assets/'));
    const gz = (file: string): number => gzip(readFileSync(join(dist, file))).length;
    const entryGzip = entry === null ? null : gz(entry);
    const lazy = js.map((f) => ({ file: f, gzip: gz(f) })).sort((a, b) => b.gzip - a.gzip);
    const wasm = files.find((f) => /duckdb-eh.*\.wasm$/.test(f)) ?? null;
    const wasmPath = wasm === null ? null : join(dist, wasm);
    // The seed's parts, and those the default Overview's first screen reads.
    const seedSize = (parts: readonly SeedPart[], suffix: string): number | null =>
      parts.reduce<number | null>((sum, part) => {
        const size = sizeOf(join(dist, `${seedPartFile(part)}${suffix}`));
        return sum === null || size === null ? null : sum + size;
      }, 0);
    const overviewParts = seedPartsIn('');
    const firstView = firstViewGzip(readBuiltChunks(dist));
    // The stack alone drawing one chart with the Overview's ECharts parts (tests/bench/js-floor).
    const jsFloor = await buildJsFloor();
    const table: string[][] = [
      ['file', 'raw', 'gzip', 'brotli'],
      [
        `entry JS (${entry ?? '?'})`,
        fmtBytes(entry === null ? null : sizeOf(join(dist, entry))),
        fmtBytes(entryGzip),
        '',
      ],
      ...lazy.map(({ file, gzip: g }) => [
        `  lazy: ${file}`,
        fmtBytes(sizeOf(join(dist, file))),
        fmtBytes(g),
        '',
      ]),
      ['first view JS to its figures (entry, shell, Overview)', '', fmtBytes(firstView.firstFigures), ''],
      ['first view JS with its charts (+ chart canvas, ECharts)', '', fmtBytes(firstView.withCharts), ''],
      [
        '  floor: React, TanStack Query, echarts-for-react, those ECharts parts, one chart',
        '',
        fmtBytes(jsFloor),
        '',
      ],
      [
        `wasm (${wasm ?? '?'})`,
        fmtBytes(wasmPath === null ? null : sizeOf(wasmPath)),
        fmtBytes(wasmPath === null ? null : sizeOf(`${wasmPath}.gz`)),
        fmtBytes(wasmPath === null ? null : sizeOf(`${wasmPath}.br`)),
      ],
      [
        `first-screen seed (first-screen/*.json, ${SEED_PARTS.length} parts)`,
        fmtBytes(seedSize(SEED_PARTS, '')),
        fmtBytes(seedSize(SEED_PARTS, '.gz')),
        fmtBytes(seedSize(SEED_PARTS, '.br')),
      ],
      [
        `  the default Overview's parts (${overviewParts.join(', ')})`,
        fmtBytes(seedSize(overviewParts, '')),
        fmtBytes(seedSize(overviewParts, '.gz')),
        fmtBytes(seedSize(overviewParts, '.br')),
      ],
      [
        `dist/ total, without .gz/.br (${files.filter((f) => !/\.(gz|br)$/.test(f)).length} files)`,
        fmtBytes(
          files.filter((f) => !/\.(gz|br)$/.test(f)).reduce((s, f) => s + (sizeOf(join(dist, f)) ?? 0), 0),
        ),
        '',
        '',
      ],
    ];
    return {
      table,
      // Issue 24: "main JS on the first view (gzip, entry + what the Overview needs)": its charts included.
      budgets: [
        {
          name: 'first view JS with its charts (gzip)',
          value: firstView.withCharts,
          limit: 250 * 1024,
          unit: 'bytes',
          floor: jsFloor,
        },
      ],
      json: {
        entry,
        entryGzip,
        firstView,
        jsFloorGzip: jsFloor,
        lazy,
        wasm,
        wasmRaw: wasmPath && sizeOf(wasmPath),
        wasmGzip: wasmPath && sizeOf(`${wasmPath}.gz`),
        wasmBrotli: wasmPath && sizeOf(`${wasmPath}.br`),
      },
    };
  },
};
