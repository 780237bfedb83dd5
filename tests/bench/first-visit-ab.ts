// Two or more builds' first visits, alternating (the order flips every run, so a machine slowing down or warming up
// weighs on each alike), measured as the bench measures a visit (sections/browser-visits.ts): when the first figures
// showed, when DuckDB's engine instantiated, when the derived tables were there and when the bench's province switch
// was answered live. Prints each visit and each build's medians. A diagnosis tool for a change's A/B, not a gate:
// DIRS=/tmp/dist-before,/tmp/dist-after RUNS=8 [SLOW=1: 10 Mbit/s + 40 ms] [SW=1] npx tsx tests/bench/first-visit-ab.ts

import { serveDist } from '../../src/server/serve-dist.ts';
import { READER_GOES_TO_CHART_SCRIPT, TIMELINE_INIT_SCRIPT } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { median } from './bench-kit.ts';
import { appVisit, applyProfile, LOOPBACK, SLOW_LINK } from './sections/browser-visits.ts';

interface Visit {
  figures: number;
  instantiated: number;
  derivedAfter: number;
  live: number;
}

const dirs = (process.env.DIRS ?? '').split(',').filter((dir) => dir !== '');
if (dirs.length === 0) throw new Error('Name the builds to compare: DIRS=/tmp/dist-a,/tmp/dist-b');
const runs = Number(process.env.RUNS ?? 5);
const profile = process.env.SLOW === undefined ? LOOPBACK : SLOW_LINK;
const withServiceWorker = process.env.SW !== undefined;

async function main(): Promise<void> {
  const servers = await Promise.all(dirs.map((dir) => serveDist(dir, 0)));
  const visits = dirs.map((): Visit[] => []);
  for (let run = 0; run < runs; run += 1) {
    const order = dirs.map((_, i) => (run % 2 === 0 ? i : dirs.length - 1 - i));
    for (const i of order) {
      const server = servers[i];
      if (server === undefined) continue;
      const browser = await launchGuarded({ origin: server.origin, observeOnly: true, measuresSpeed: true });
      if (withServiceWorker)
        await browser.context.addInitScript('window.__papiServiceWorkerUnderTest = true;');
      await browser.context.addInitScript(TIMELINE_INIT_SCRIPT);
      await browser.context.addInitScript(READER_GOES_TO_CHART_SCRIPT);
      const page = await browser.context.newPage();
      await applyProfile(page, browser.context, profile);
      const visit = await appVisit(page, server, withServiceWorker);
      const derived = await page.evaluate(
        () => performance.getEntriesByName('papi:derived-tables')[0]?.startTime ?? Number.NaN,
      );
      await browser.close();
      const instantiated = visit.engineInstantiated ?? Number.NaN;
      const measured: Visit = {
        figures: visit.figures ?? Number.NaN,
        instantiated,
        derivedAfter: derived - instantiated,
        live: visit.interactive ?? Number.NaN,
      };
      visits[i]?.push(measured);
      console.log(`run ${run + 1}/${runs} ${dirs[i]}: ${describe(measured)}`);
    }
  }
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
  await Promise.all(servers.map((server) => server.close()));
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
