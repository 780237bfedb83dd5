// Two or more builds' first visits, alternating (the order flips every run, so a machine slowing down or warming up
// weighs on each alike), measured as the bench measures a visit (sections/browser-visits.ts): when the first figures
// showed, when DuckDB's engine instantiated, when the derived tables were there and when the bench's province switch
// was answered live. Prints each visit and each build's medians. A diagnosis tool for a change's A/B, not a gate:
// DIRS=/tmp/dist-before,/tmp/dist-after RUNS=8 [SLOW=1: 10 Mbit/s + 40 ms] [SW=1] npx tsx tests/bench/first-visit-ab.ts

import type { DistServer } from '../../src/server/serve-dist.ts';
import { READER_GOES_TO_CHART_SCRIPT, TIMELINE_INIT_SCRIPT } from '../e2e/helpers/app.ts';
import type { GuardedContext } from '../e2e/helpers/browser.ts';
import { alternateBuilds, buildsToCompare } from './alternating-builds.ts';
import { median } from './bench-kit.ts';
import { appVisit, applyProfile, LOOPBACK, SLOW_LINK } from './sections/browser-visits.ts';

interface Visit {
  figures: number;
  instantiated: number;
  derivedAfter: number;
  live: number;
}

const { dirs, runs } = buildsToCompare(5);
const profile = process.env.SLOW === undefined ? LOOPBACK : SLOW_LINK;
const withServiceWorker = process.env.SW !== undefined;

async function main(): Promise<void> {
  const visits = await alternateBuilds(dirs, runs, measuredVisit, describe);
  for (const [i, dir] of dirs.entries()) {
    const of = (key: keyof Visit): number =>
      median((visits[i] ?? []).map((visit) => visit[key])) ?? Number.NaN;
    const medians: Visit = {
      figures: of('figures'),
      instantiated: of('instantiated'),
      derivedAfter: of('derivedAfter'),
      live: of('live'),
    };
    console.log(`${dir} (medians of ${runs}): ${describe(medians)}`);
  }
}

/** One first visit of the build `server` serves, in `browser`, as the bench measures it. */
async function measuredVisit(server: DistServer, browser: GuardedContext): Promise<Visit> {
  if (withServiceWorker) await browser.context.addInitScript('window.__papiServiceWorkerUnderTest = true;');
  await browser.context.addInitScript(TIMELINE_INIT_SCRIPT);
  await browser.context.addInitScript(READER_GOES_TO_CHART_SCRIPT);
  const page = await browser.context.newPage();
  await applyProfile(page, browser.context, profile);
  const visit = await appVisit(page, server, withServiceWorker);
  const derived = await page.evaluate(
    () => performance.getEntriesByName('papi:derived-tables')[0]?.startTime ?? Number.NaN,
  );
  const instantiated = visit.engineInstantiated ?? Number.NaN;
  return {
    figures: visit.figures ?? Number.NaN,
    instantiated,
    derivedAfter: derived - instantiated,
    live: visit.interactive ?? Number.NaN,
  };
}

function describe(visit: Visit): string {
  const ms = (value: number): string => `${Math.round(value)} ms`;
  return (
    `figures ${ms(visit.figures)}, engine instantiated ${ms(visit.instantiated)}, derived tables ` +
    `+${ms(visit.derivedAfter)}, live ${ms(visit.live)} (+${ms(visit.live - visit.instantiated)})`
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
