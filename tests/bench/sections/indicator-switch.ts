// Issue 24's "indicator switch on Dimensions, p95 ≤ 50 ms": the built app at full speed, a fresh profile per
// run, 50 switches timed from the choice to the frame after the trend names the new indicator
// (tests/e2e/helpers/indicator-switch.ts, the measure the browser test reports too). Against its floor in
// alternating runs: the switch floor page (tests/bench/switch-floor), which draws the same trend option
// (the app's builders, rows and settings, at the width the app draws it) and nothing else, timed alike.
// Then one traced pass of each (not timed): where the main thread's time of a switch goes, the app against the floor.

import type { Page } from 'playwright-core';
import { DATA_READY_MARK } from '../../e2e/helpers/app.ts';
import { launchGuarded } from '../../e2e/helpers/browser.ts';
import { timeIndicatorSwitches } from '../../e2e/helpers/indicator-switch.ts';
import { switchPercentiles } from '../../e2e/helpers/select-switch.ts';
import { serveDist } from '../../../src/server/serve-dist.ts';
import { fmtMs, fmtRatio, median, ratio, type BenchSection } from '../bench-kit.ts';
import { buildSwitchFloor } from '../switch-floor-build.ts';
import { mainThreadPerSwitch, startTimeline, type MainThreadPerSwitch } from '../switch-profile-report.ts';

export const DIMENSIONS_LINK = '?view=dimensions&province=P43&indicator=total';
const SWITCHES = 50;
const TRACED_SWITCHES = 20;

type Percentiles = ReturnType<typeof switchPercentiles>;

/** `switches` switches on `page`: their times, or with `traced`, where the main thread's time went instead. */
async function switchesOn(page: Page, switches: number, traced: boolean) {
  if (!traced) return { times: switchPercentiles(await timeIndicatorSwitches(page, switches)), spent: null };
  const stop = await startTimeline(await page.context().newCDPSession(page));
  const times = switchPercentiles(await timeIndicatorSwitches(page, switches));
  return { times, spent: mainThreadPerSwitch(await stop(), switches) };
}

/** The app's switches in a fresh profile, and the width it draws the trend at. */
async function appSwitches(origin: string, traced = false) {
  const browser = await launchGuarded({ origin, observeOnly: true, measuresSpeed: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${DIMENSIONS_LINK}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_READY_MARK, {
      timeout: 180_000,
    });
    const measured = await switchesOn(page, traced ? TRACED_SWITCHES : SWITCHES, traced);
    const widthPx = await page
      .locator('[data-testid="chart-indicator-trend"]')
      .evaluate((element) => Math.round(element.getBoundingClientRect().width));
    return { ...measured, widthPx };
  } finally {
    await browser.close();
  }
}

/** The floor page's switches in a fresh profile, drawing at `widthPx`. */
async function floorSwitches(origin: string, widthPx: number, traced = false) {
  const browser = await launchGuarded({ origin, observeOnly: true, measuresSpeed: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/?widthPx=${widthPx}`);
    await page.locator('#chart-indicator-trend-heading').waitFor({ timeout: 60_000 });
    return await switchesOn(page, traced ? TRACED_SWITCHES : SWITCHES, traced);
  } finally {
    await browser.close();
  }
}

/** The traced passes' main thread per switch, the app against the floor page. */
function mainThreadTable(app: MainThreadPerSwitch | null, floor: MainThreadPerSwitch | null): string[][] {
  const rows: [string, keyof MainThreadPerSwitch][] = [
    ['CPU', 'cpuMs'],
    ['  scripts and the rest (React, ECharts, GC)', 'scriptAndRestMs'],
    ['  style', 'styleMs'],
    ['  layout', 'layoutMs'],
    ['  paint (pre-paint, paint, layerize)', 'paintMs'],
  ];
  const ms = (spent: MainThreadPerSwitch | null, key: keyof MainThreadPerSwitch): string =>
    spent === null ? '—' : `${spent[key].toFixed(1)} ms`;
  return [
    [`main thread per switch (one traced pass of ${TRACED_SWITCHES}, not timed)`, 'app', 'floor page'],
    ...rows.map(([label, key]) => [label, ms(app, key), ms(floor, key)]),
  ];
}

export const indicatorSwitchSection: BenchSection = {
  name: 'indicator switch on Dimensions (full speed)',
  async run(context) {
    const floorServer = await serveDist(await buildSwitchFloor('P43', 'total'), 0);
    const runs: { app: Percentiles; floor: Percentiles; widthPx: number }[] = [];
    let spent: { app: MainThreadPerSwitch | null; floor: MainThreadPerSwitch | null } = {
      app: null,
      floor: null,
    };
    try {
      // The app first in the first run: its drawn width is the floor's.
      let widthPx: number | null = null;
      for (let i = 0; i < context.runs; i += 1) {
        const measureApp = async (): Promise<Percentiles> => {
          const app = await appSwitches(context.app.origin);
          widthPx = app.widthPx;
          return app.times;
        };
        const measureFloor = async (): Promise<Percentiles> =>
          (await floorSwitches(floorServer.origin, widthPx ?? 960)).times;
        let app: Percentiles;
        let floor: Percentiles;
        if (i % 2 === 0) {
          app = await measureApp();
          floor = await measureFloor();
        } else {
          floor = await measureFloor();
          app = await measureApp();
        }
        runs.push({ app, floor, widthPx: widthPx ?? 960 });
        console.log(
          `  run ${i + 1}/${context.runs}: app p50 ${fmtMs(app.p50)}, p95 ${fmtMs(app.p95)}; ` +
            `floor p50 ${fmtMs(floor.p50)}, p95 ${fmtMs(floor.p95)}`,
        );
      }
      const appTraced = await appSwitches(context.app.origin, true);
      const floorTraced = await floorSwitches(floorServer.origin, appTraced.widthPx, true);
      spent = { app: appTraced.spent, floor: floorTraced.spent };
    } finally {
      await floorServer.close();
    }
    const at = (side: 'app' | 'floor', key: keyof Percentiles) => median(runs.map((run) => run[side][key]));
    const p95 = at('app', 'p95');
    const floorP95 = at('floor', 'p95');
    return {
      table: [
        ['measure (median of runs)', 'app', 'floor page', 'ratio'],
        ...(['p50', 'p95', 'max'] as const).map((key) => [
          `switch ${key}${key === 'p50' ? ` (${SWITCHES} switches a run)` : ''}`,
          fmtMs(at('app', key)),
          fmtMs(at('floor', key)),
          fmtRatio(ratio(at('app', key), at('floor', key))),
        ]),
      ],
      more: [mainThreadTable(spent.app, spent.floor)],
      budgets: [
        { name: 'indicator switch on Dimensions p95', value: p95, limit: 50, unit: 'ms', floor: floorP95 },
      ],
      json: { runs, mainThreadPerSwitch: spent },
    };
  },
};
