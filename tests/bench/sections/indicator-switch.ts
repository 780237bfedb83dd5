// Issue 24's "indicator switch on Dimensions, p95 ≤ 50 ms": the built app at full speed, a fresh profile per
// run, 50 switches timed from the choice to the frame after the trend names the new indicator
// (tests/e2e/helpers/indicator-switch.ts, the measure the browser test reports too).

import { DATA_READY_MARK } from '../../e2e/helpers/app.ts';
import { launchGuarded } from '../../e2e/helpers/browser.ts';
import { timeIndicatorSwitches } from '../../e2e/helpers/indicator-switch.ts';
import { switchPercentiles } from '../../e2e/helpers/select-switch.ts';
import { fmtMs, median, type BenchSection } from '../bench-kit.ts';

export const DIMENSIONS_LINK = '?view=dimensions&province=P43&indicator=total';
const SWITCHES = 50;

export const indicatorSwitchSection: BenchSection = {
  name: 'indicator switch on Dimensions (full speed)',
  async run(context) {
    const runs: { p50: number; p95: number; max: number }[] = [];
    for (let i = 0; i < context.runs; i += 1) {
      const browser = await launchGuarded({
        origin: context.app.origin,
        observeOnly: true,
        measuresSpeed: true,
      });
      try {
        const page = await browser.context.newPage();
        await page.goto(`${context.app.origin}/${DIMENSIONS_LINK}`);
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DATA_READY_MARK, {
          timeout: 180_000,
        });
        const times = await timeIndicatorSwitches(page, SWITCHES);
        runs.push(switchPercentiles(times));
        console.log(
          `  run ${i + 1}/${context.runs}: p50 ${fmtMs(runs.at(-1)?.p50 ?? null)}, p95 ${fmtMs(runs.at(-1)?.p95 ?? null)}`,
        );
      } finally {
        await browser.close();
      }
    }
    const p95 = median(runs.map((run) => run.p95));
    return {
      table: [
        ['measure (median of runs)', 'time'],
        [`switch p50 (${SWITCHES} switches a run)`, fmtMs(median(runs.map((run) => run.p50)))],
        ['switch p95', fmtMs(p95)],
        ['switch max', fmtMs(median(runs.map((run) => run.max)))],
      ],
      budgets: [{ name: 'indicator switch on Dimensions p95', value: p95, limit: 50, unit: 'ms' }],
      json: runs,
    };
  },
};
