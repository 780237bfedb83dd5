// Issue 24's "indicator switch on Dimensions, p95 ≤ 50 ms": the built app at full speed, a fresh profile per
// run, 50 switches timed from the choice to the frame after the trend names the new indicator
// (tests/e2e/helpers/indicator-switch.ts, the measure the browser test reports too). Against its floor in
// alternating runs: the switch floor page (tests/bench/switch-floor), which draws the same trend option
// (the app's builders, rows and settings, at the width the app draws it) and nothing else, timed alike.

import { DATA_READY_MARK } from '../../e2e/helpers/app.ts';
import { launchGuarded } from '../../e2e/helpers/browser.ts';
import { timeIndicatorSwitches } from '../../e2e/helpers/indicator-switch.ts';
import { switchPercentiles } from '../../e2e/helpers/select-switch.ts';
import { serveDist } from '../../../src/server/serve-dist.ts';
import { fmtMs, fmtRatio, median, ratio, type BenchSection } from '../bench-kit.ts';
import { buildSwitchFloor } from '../switch-floor-build.ts';

export const DIMENSIONS_LINK = '?view=dimensions&province=P43&indicator=total';
const SWITCHES = 50;

type Percentiles = ReturnType<typeof switchPercentiles>;

/** The app's switches in a fresh profile, and the width it draws the trend at. */
async function appSwitches(origin: string): Promise<{ times: Percentiles; widthPx: number }> {
  const browser = await launchGuarded({ origin, observeOnly: true, measuresSpeed: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${DIMENSIONS_LINK}`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_READY_MARK, {
      timeout: 180_000,
    });
    const times = switchPercentiles(await timeIndicatorSwitches(page, SWITCHES));
    const widthPx = await page
      .locator('[data-testid="chart-indicator-trend"]')
      .evaluate((element) => Math.round(element.getBoundingClientRect().width));
    return { times, widthPx };
  } finally {
    await browser.close();
  }
}

/** The floor page's switches in a fresh profile, drawing at `widthPx`. */
async function floorSwitches(origin: string, widthPx: number): Promise<Percentiles> {
  const browser = await launchGuarded({ origin, observeOnly: true, measuresSpeed: true });
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/?widthPx=${widthPx}`);
    await page.locator('#chart-indicator-trend-heading').waitFor({ timeout: 60_000 });
    return switchPercentiles(await timeIndicatorSwitches(page, SWITCHES));
  } finally {
    await browser.close();
  }
}

export const indicatorSwitchSection: BenchSection = {
  name: 'indicator switch on Dimensions (full speed)',
  async run(context) {
    const floorServer = await serveDist(await buildSwitchFloor('P43', 'total'), 0);
    const runs: { app: Percentiles; floor: Percentiles; widthPx: number }[] = [];
    try {
      // The app first in the first run: its drawn width is the floor's.
      let widthPx: number | null = null;
      for (let i = 0; i < context.runs; i += 1) {
        const measureApp = async (): Promise<Percentiles> => {
          const app = await appSwitches(context.app.origin);
          widthPx = app.widthPx;
          return app.times;
        };
        const measureFloor = (): Promise<Percentiles> => floorSwitches(floorServer.origin, widthPx ?? 960);
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
      budgets: [
        { name: 'indicator switch on Dimensions p95', value: p95, limit: 50, unit: 'ms', floor: floorP95 },
      ],
      json: runs,
    };
  },
};
