// Load-time benchmark of the built app (run by `npm run bench`, which builds first).
//
// For each of N runs (default 5):
//   in one fresh Chromium profile (cold HTTP cache), the baselines:
//   1. baseline: a trivial static page from the same server (what "a page load" costs on this box),
//   2. wasm floor: a bare page that fetches and compiles the DuckDB wasm the app uses
//      (WebAssembly.compileStreaming): the cost no app code can avoid on a cold cache;
//   in another fresh profile, the app:
//   3. cold: from navigation to frame / data (DuckDB ready, total shown) / first chart painted,
//   4. warm: reload in the same profile (HTTP cache and V8/wasm code caches warm).
// Prints medians (absolute, ms) and ratios: cold / wasm floor, cold / baseline and warm / cold.
// The machines are noisy 2-core boxes: nothing here asserts on a time. Also prints the build's sizes (JS gzip, wasm raw/gzip).
// Exit code 0 unless the benchmark itself could not run.
//
// Env: BENCH_RUNS (default 5), E2E_DIST_DIR (default dist/), CHROMIUM_PATH (default /usr/bin/chromium).
import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { readTimeline, SEL, TIMELINE_INIT_SCRIPT, waitForApp, type Timeline } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { ARTIFACTS_DIR, DIST_DIR, startStaticServer } from '../e2e/helpers/server.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);
const BASELINE_PATH = '/__bench_baseline.html';
const FLOOR_PATH = '/__bench_wasm_floor.html';
/** The wasm the app would pick in Chromium: the exception-handling build if there is one. */
function pickWasm(): string | null {
  const wasm = walk(DIST_DIR)
    .filter((f) => f.endsWith('.wasm'))
    .map((f) => '/' + relative(DIST_DIR, f).split(sep).join('/'));
  return wasm.find((f) => /duckdb-eh/.test(f)) ?? wasm[0] ?? null;
}
const floorHtml = (wasmPath: string): string =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>wasm floor</title></head><body><script>' +
  `WebAssembly.compileStreaming(fetch(${JSON.stringify(wasmPath)})).then(` +
  '() => { window.__floor = performance.now(); }, (e) => { window.__floor = -1; console.error(e); });' +
  '</script></body></html>';
const BASELINE_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title></head>' +
  '<body><header>baseline</header><p>A trivial static page.</p></body></html>';

interface RunResult {
  baselineLoad: number;
  wasmFloor: number | null;
  cold: Timeline & { load: number; wasmMs: number | null };
  warm: Timeline & { load: number; wasmMs: number | null };
}

const median = (xs: number[]): number | null => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const fmtMs = (x: number | null): string => (x === null ? '—' : `${Math.round(x)}`);
const fmtRatio = (a: number | null, b: number | null): string =>
  a === null || b === null || b === 0 ? '—' : `${(a / b).toFixed(2)}x`;
const fmtBytes = (n: number): string =>
  n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} KB`;

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]): string =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

/** ms from navigation start to the load event, and the wasm fetch's duration (resource timing). */
async function navTimings(page: Page): Promise<{ load: number; wasmMs: number | null }> {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    // Resource timing of a worker's fetch is in the worker, not here: this sees only main-thread fetches.
    const wasm = performance
      .getEntriesByType('resource')
      .filter((e) => /\.wasm(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
    const w = wasm[0];
    return { load: nav ? nav.loadEventEnd : NaN, wasmMs: w ? w.responseEnd - w.startTime : null };
  });
}

async function measureApp(page: Page): Promise<Timeline & { load: number; wasmMs: number | null }> {
  await waitForApp(page);
  // The chart is painted a little after the data: wait for the timeline to record it (or give up).
  await page
    .waitForFunction(
      () => (window as unknown as { __papiTimeline?: Timeline }).__papiTimeline?.chart != null,
      null,
      {
        timeout: 30_000,
        polling: 50,
      },
    )
    .catch(() => undefined);
  const t = await readTimeline(page);
  return { ...t, ...(await navTimings(page)) };
}

async function baselines(origin: string, appUrl: string, floor: boolean): Promise<[number, number | null]> {
  const b = await launchGuarded({ origin, observeOnly: true });
  try {
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(new URL(BASELINE_PATH, appUrl).toString(), { waitUntil: 'load' });
    const baselineLoad = (await navTimings(page)).load;
    if (!floor) return [baselineLoad, null];
    await page.goto(new URL(FLOOR_PATH, appUrl).toString(), { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      () => (window as unknown as { __floor?: number }).__floor,
      null,
      {
        timeout: 60_000,
        polling: 10,
      },
    );
    const v = Number(await handle.jsonValue());
    return [baselineLoad, v > 0 ? v : null];
  } finally {
    await b.close();
  }
}

async function oneRun(origin: string, appUrl: string, i: number, floor: boolean): Promise<RunResult> {
  const [baselineLoad, wasmFloor] = await baselines(origin, appUrl, floor);
  const b = await launchGuarded({ origin, observeOnly: true });
  try {
    await b.context.addInitScript(TIMELINE_INIT_SCRIPT);
    const page = b.context.pages()[0] ?? (await b.context.newPage());

    await page.goto(appUrl, { waitUntil: 'load' });
    const cold = await measureApp(page);

    await page.reload({ waitUntil: 'load' });
    const warm = await measureApp(page);

    const p = b.problems;
    const n =
      p.blockedRequests.length + p.consoleErrors.length + p.pageErrors.length + p.cspViolations.length;
    if (n > 0) console.warn(`run ${i + 1}: ${n} problem(s) recorded: ${JSON.stringify(p)}`);
    return { baselineLoad, wasmFloor, cold, warm };
  } finally {
    await b.close();
  }
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

interface KeySizes {
  jsGzip: number;
  mainChunk: string | null;
  mainChunkGzip: number | null;
  wasm: string | null;
  wasmRaw: number | null;
  wasmGzip: number | null;
}

/** The sizes the summary quotes: all JS gzipped, the entry chunk (index.html's module script), the wasm the app picks. */
function keySizes(wasmPath: string | null): KeySizes {
  const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;
  const jsGzip = walk(DIST_DIR)
    .filter((f) => /\.m?js$/.test(f))
    .reduce((sum, f) => sum + gz(readFileSync(f)), 0);
  const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1] ?? null;
  const mainChunkGzip = entry === null ? null : gz(readFileSync(join(DIST_DIR, entry)));
  const wasmBuf = wasmPath === null ? null : readFileSync(join(DIST_DIR, wasmPath));
  return {
    jsGzip,
    mainChunk: entry,
    mainChunkGzip,
    wasm: wasmPath,
    wasmRaw: wasmBuf?.length ?? null,
    wasmGzip: wasmBuf === null ? null : gz(wasmBuf),
  };
}

function sizes(): string {
  const files = walk(DIST_DIR);
  const gz = (buf: Buffer): number => gzipSync(buf, { level: 9 }).length;
  const br = (buf: Buffer): number =>
    brotliCompressSync(buf, {
      params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 9, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length;

  const js = files.filter((f) => /\.m?js$/.test(f));
  let jsRaw = 0;
  let jsGz = 0;
  const jsRows: [string, number, number][] = [];
  for (const f of js) {
    const buf = readFileSync(f);
    const g = gz(buf);
    jsRaw += buf.length;
    jsGz += g;
    jsRows.push([relative(DIST_DIR, f), buf.length, g]);
  }
  jsRows.sort((a, b) => b[2] - a[2]);

  const rows: string[][] = [['file', 'raw', 'gzip', 'brotli']];
  rows.push([`all JS (${js.length} files)`, fmtBytes(jsRaw), fmtBytes(jsGz), '']);
  for (const [name, raw, g] of jsRows.slice(0, 6)) rows.push([`  ${name}`, fmtBytes(raw), fmtBytes(g), '']);
  const css = files.filter((f) => f.endsWith('.css'));
  if (css.length) {
    const bufs = css.map((f) => readFileSync(f));
    rows.push([
      `all CSS (${css.length} files)`,
      fmtBytes(bufs.reduce((s, b) => s + b.length, 0)),
      fmtBytes(bufs.reduce((s, b) => s + gz(b), 0)),
      '',
    ]);
  }
  for (const f of files.filter((x) => x.endsWith('.wasm'))) {
    const buf = readFileSync(f);
    rows.push([relative(DIST_DIR, f), fmtBytes(buf.length), fmtBytes(gz(buf)), fmtBytes(br(buf))]);
  }
  const data = files.filter((f) => /\.(csv|tsv|json)$/.test(f));
  if (data.length) {
    const bufs = data.map((f) => readFileSync(f));
    rows.push([
      `data files (${data.length}: csv/tsv/json)`,
      fmtBytes(bufs.reduce((s, b) => s + b.length, 0)),
      fmtBytes(bufs.reduce((s, b) => s + gz(b), 0)),
      '',
    ]);
  }
  const total = files.reduce((s, f) => s + statSync(f).size, 0);
  rows.push([`dist/ total (${files.length} files)`, fmtBytes(total), '', '']);
  return table(rows);
}

async function main(): Promise<void> {
  console.log(`PAPI dashboard benchmark: ${RUNS} runs, fresh Chromium profile each; dist: ${DIST_DIR}`);
  console.log(
    '\nBuild sizes (gzip level 9, brotli quality 9; the static server itself sends files uncompressed)',
  );
  console.log(sizes());

  const wasm = pickWasm();
  const extra: Record<string, { body: string }> = { [BASELINE_PATH]: { body: BASELINE_HTML } };
  if (wasm) extra[FLOOR_PATH] = { body: floorHtml(wasm) };
  console.log(
    `\nwasm floor: ${wasm ? `fetch + compileStreaming of ${wasm}` : 'no .wasm in the build: skipped'}`,
  );
  const server = await startStaticServer({ extra });
  const results: RunResult[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const r = await oneRun(server.origin, server.url, i, wasm !== null);
      results.push(r);
      console.log(
        `run ${i + 1}/${RUNS}: baseline ${fmtMs(r.baselineLoad)}, wasm floor ${fmtMs(r.wasmFloor)} ms; cold: frame ${fmtMs(r.cold.frame)}, ` +
          `data ${fmtMs(r.cold.total)}, chart ${fmtMs(r.cold.chart)} ms; warm: frame ${fmtMs(r.warm.frame)}, ` +
          `data ${fmtMs(r.warm.total)}, chart ${fmtMs(r.warm.chart)} ms`,
      );
    }
  } finally {
    await server.close();
  }

  const med = (pick: (r: RunResult) => number | null): number | null =>
    median(results.map(pick).filter((x): x is number => x !== null));
  const base = med((r) => r.baselineLoad);
  const floor = med((r) => r.wasmFloor);
  const metrics: [string, (r: RunResult) => number | null, (r: RunResult) => number | null][] = [
    ['frame painted (header in DOM)', (r) => r.cold.frame, (r) => r.warm.frame],
    ['load event', (r) => r.cold.load, (r) => r.warm.load],
    [`DuckDB ready: total shown (${SEL.total})`, (r) => r.cold.total, (r) => r.warm.total],
    ['first chart canvas painted', (r) => r.cold.chart, (r) => r.warm.chart],
  ];
  const rows: string[][] = [
    ['metric (ms from navigation, median)', 'cold', 'warm', 'cold/floor', 'cold/baseline', 'warm/cold'],
  ];
  rows.push(['baseline: trivial static page, load event', fmtMs(base), '', '', '1.00x', '']);
  rows.push([
    'wasm floor: fetch + compile DuckDB wasm, bare page',
    fmtMs(floor),
    '',
    '1.00x',
    fmtRatio(floor, base),
    '',
  ]);
  const summary: Record<string, { cold: number | null; warm: number | null }> = {};
  // The app's own loading stages (loading-indicator labels), by median first appearance.
  const stageTimes = (pick: (r: RunResult) => Timeline): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    for (const r of results)
      for (const st of pick(r).stages ?? []) m.set(st.label, [...(m.get(st.label) ?? []), st.at]);
    return m;
  };
  const coldStages = stageTimes((r) => r.cold);
  const warmStages = stageTimes((r) => r.warm);
  const stageRows = [...coldStages.entries()]
    .map(([label, xs]) => ({
      label,
      cold: median(xs),
      warm: median(warmStages.get(label) ?? []),
      n: xs.length,
    }))
    .sort((a, b) => (a.cold ?? 0) - (b.cold ?? 0));
  for (const st of stageRows) {
    rows.push([
      `  app stage shown: "${st.label}"${st.n < results.length ? ` (${st.n}/${results.length} runs)` : ''}`,
      fmtMs(st.cold),
      fmtMs(st.warm),
      fmtRatio(st.cold, floor),
      fmtRatio(st.cold, base),
      fmtRatio(st.warm, st.cold),
    ]);
  }
  for (const [name, cold, warm] of metrics) {
    const c = med(cold);
    const w = med(warm);
    summary[name] = { cold: c, warm: w };
    rows.push([name, fmtMs(c), fmtMs(w), fmtRatio(c, floor), fmtRatio(c, base), fmtRatio(w, c)]);
  }
  console.log(
    `\nLoad times, median of ${results.length} (absolute times are noisy on shared 2-core machines)`,
  );
  console.log(table(rows));

  // One table to quote: the numbers that matter, cold and warm, against the baselines of the same run.
  const key = keySizes(wasm);
  const chart = summary['first chart canvas painted'] ?? { cold: null, warm: null };
  const data = summary[`DuckDB ready: total shown (${SEL.total})`] ?? { cold: null, warm: null };
  const frame = summary['frame painted (header in DOM)'] ?? { cold: null, warm: null };
  const fmtSize = (n: number | null): string => (n === null ? '—' : fmtBytes(n));
  const summaryRows: string[][] = [
    ['summary (median ms from navigation)', 'cold', 'warm', 'cold/floor', 'warm/floor', 'cold/baseline'],
    [
      'first chart painted',
      fmtMs(chart.cold),
      fmtMs(chart.warm),
      fmtRatio(chart.cold, floor),
      fmtRatio(chart.warm, floor),
      fmtRatio(chart.cold, base),
    ],
    [
      'data shown (DuckDB ready)',
      fmtMs(data.cold),
      fmtMs(data.warm),
      fmtRatio(data.cold, floor),
      fmtRatio(data.warm, floor),
      fmtRatio(data.cold, base),
    ],
    [
      'frame painted',
      fmtMs(frame.cold),
      fmtMs(frame.warm),
      fmtRatio(frame.cold, floor),
      fmtRatio(frame.warm, floor),
      fmtRatio(frame.cold, base),
    ],
    ['wasm floor (fetch + compile, bare page)', fmtMs(floor), '', '1.00x', '', fmtRatio(floor, base)],
    ['baseline (trivial page, load event)', fmtMs(base), '', '', '', '1.00x'],
    ['build: all JS gzip', fmtSize(key.jsGzip), '', '', '', ''],
    [`build: main chunk gzip (${key.mainChunk ?? '?'})`, fmtSize(key.mainChunkGzip), '', '', '', ''],
    [`build: wasm raw / gzip (${key.wasm ?? '?'})`, fmtSize(key.wasmRaw), fmtSize(key.wasmGzip), '', '', ''],
  ];
  console.log(`\nSummary, median of ${results.length} runs (ratios against the baselines of this same run)`);
  console.log(table(summaryRows));

  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const out = join(ARTIFACTS_DIR, 'bench.json');
  writeFileSync(
    out,
    JSON.stringify(
      { runs: results, baselineMedian: base, wasmFloorMedian: floor, medians: summary, sizes: key },
      null,
      2,
    ),
  );
  console.log(`\nraw results: ${relative(process.cwd(), out)}`);
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  },
);
