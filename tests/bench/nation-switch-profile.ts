// Where the time of a Nationwide switch goes: opens the built app (dist/, or E2E_DIST_DIR) in the tests' Chromium,
// shows every indicator and year once (so the switches that follow are "after the first load"), then records a
// CPU profile (CDP Profiler) and a timeline trace over indicator and year switches, each timed as the browser test times it, and prints
// the times, layout/style/paint per switch, the self time by script (chunk) and the busiest functions with the source text they start at.
// Run: npx tsx tests/bench/nation-switch-profile.ts   (after a build; a diagnosis tool, not a gate)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { waitForDataReady } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { DIST_DIR, startStaticServer } from '../e2e/helpers/server.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Milliseconds from the select's change to the first frame showing `text` in the league heading and the map's name. */
async function timeSwitch(page: Page, selectSel: string, value: string, heading: string, map: string) {
  await page
    .locator(selectSel)
    .evaluate((el) =>
      el.addEventListener(
        'change',
        () => ((window as unknown as { switchStartedAt: number }).switchStartedAt = performance.now()),
        { once: true },
      ),
    );
  await page.locator(selectSel).selectOption(value);
  const done = await page.waitForFunction(
    ([h, m]) => {
      const shown = (document.querySelector('#league-heading')?.textContent ?? '').normalize('NFC');
      const named = (
        document.querySelector('[data-testid="chart-tile-map"]')?.getAttribute('aria-label') ?? ''
      ).normalize('NFC');
      return (
        shown.includes(h) &&
        named.includes(m) &&
        performance.now() - (window as unknown as { switchStartedAt: number }).switchStartedAt
      );
    },
    [heading, map] as const,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await done.jsonValue()) as number;
}

async function main(): Promise<void> {
  const root = process.env.E2E_DIST_DIR ?? DIST_DIR;
  const server = await startStaticServer({ root });
  const browser = await launchGuarded({ origin: server.origin });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}?view=nation&province=P43&year=2024&indicator=2&lang=vi`);
  await waitForDataReady(page);
  await page.locator('[data-testid="chart-tile-map"] canvas').first().waitFor({ timeout: 60_000 });
  const label = (code: string) =>
    page
      .locator('[data-testid="indicator-select"]')
      .evaluate(
        (el, v) =>
          [...(el as HTMLSelectElement).options].find((o) => o.value === v)?.text.normalize('NFC') ?? '',
        code,
      );
  const codes = ['total', '1', '2', '3', '4', '5', '6', '7', '8'];
  const years = [2023, 2022, 2021, 2020, 2024];
  const indicatorSwitch = async (code: string) => {
    const text = await label(code);
    return timeSwitch(page, '[data-testid="indicator-select"]', code, text, text);
  };
  const yearSwitch = (year: number) =>
    timeSwitch(page, '[data-testid="year-select"]', String(year), `PAPI ${year}:`, `năm ${year}:`);
  for (const code of codes) await indicatorSwitch(code);
  for (const year of years) await yearSwitch(year);
  await page.waitForTimeout(1000);

  const cdp = await browser.context.newCDPSession(page);
  const kind = process.argv[2] ?? 'both';
  // The timeline's events (layout, style, paint, scripts) next to the CPU profile, summed by name.
  const events: { name: string; ph: string; dur?: number; tid: number }[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => void events.push(...(value as unknown as typeof events)));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const times: Record<string, number[]> = { indicator: [], year: [] };
  if (kind !== 'year')
    for (let i = 0; i < 18; i++)
      times.indicator?.push(await indicatorSwitch(codes[i % codes.length] ?? 'total'));
  if (kind !== 'indicator')
    for (let i = 0; i < 10; i++) times.year?.push(await yearSwitch(years[i % years.length] ?? 2024));
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const tracingDone = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await tracingDone;
  for (const [what, list] of Object.entries(times)) {
    if (list.length === 0) continue;
    const sorted = [...list].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.max(0, Math.ceil(sorted.length * q) - 1)] ?? Number.NaN;
    const all = list.map((t) => t.toFixed(0)).join(' ');
    console.log(`${what}: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, all ${all}`);
  }
  const switches = (times.indicator?.length ?? 0) + (times.year?.length ?? 0);
  const byEvent = new Map<string, number>();
  for (const event of events)
    if (event.ph === 'X' && event.dur !== undefined)
      byEvent.set(event.name, (byEvent.get(event.name) ?? 0) + event.dur);
  console.log(
    `timeline events, ms per switch (of ${switches}; every thread, the engine's worker too; nested events overlap):`,
  );
  for (const name of [
    'FunctionCall',
    'EventDispatch',
    'RunMicrotasks',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'MajorGC',
    'MinorGC',
  ])
    console.log(`  ${((byEvent.get(name) ?? 0) / 1000 / switches).toFixed(1).padStart(7)}  ${name}`);
  // Self time per node, from the samples and their time deltas.
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    const { url, functionName, lineNumber, columnNumber } = node.callFrame;
    const script = url === '' ? `(${functionName || 'native'})` : (url.split('/').pop() ?? url);
    byScript.set(script, (byScript.get(script) ?? 0) + us);
    const key = `${script}:${lineNumber}:${columnNumber} ${functionName}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('\nself time by script (ms):');
  for (const [script, us] of top(byScript, 12))
    console.log(`  ${(us / 1000).toFixed(0).padStart(6)}  ${script}`);
  console.log('\nbusiest functions (ms), with the source they start at:');
  for (const [key, us] of top(byFunction, 40)) {
    const [where = ''] = key.split(' ');
    const [script = '', line = '0', column = '0'] = where.split(':');
    let snippet = '';
    try {
      const text = readFileSync(join(root, 'assets', script), 'utf8').split('\n')[Number(line)] ?? '';
      snippet = text.slice(Number(column), Number(column) + 90).replace(/\s+/g, ' ');
    } catch {
      snippet = '';
    }
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${key}  | ${snippet}`);
  }
  await browser.close();
  await server.close();
}

await main();
