// Builds compared visit against visit, for the A/B diagnosis tools (first-visit-ab.ts, engine-glue-ab.ts): each
// build served from its own folder, one fresh browser per visit, the order of the builds flipped every run so a
// machine slowing down or warming up weighs on each alike.

import { serveDist, type DistServer } from '../../src/server/serve-dist.ts';
import { launchGuarded, type GuardedContext } from '../e2e/helpers/browser.ts';

/** The builds named by DIRS (comma-separated folders) and the runs by RUNS (default `defaultRuns`). */
export function buildsToCompare(defaultRuns: number): { dirs: string[]; runs: number } {
  const dirs = (process.env.DIRS ?? '').split(',').filter((dir) => dir !== '');
  if (dirs.length === 0) throw new Error('Name the builds to compare: DIRS=/tmp/dist-a,/tmp/dist-b');
  return { dirs, runs: Number(process.env.RUNS ?? defaultRuns) };
}

/**
 * Runs `visit` `runs` times per build in `dirs`, alternating, each in a new browser (closed after, whatever
 * happened), printing each result with `describe`; returns the results per build, in `dirs`' order.
 */
export async function alternateBuilds<T>(
  dirs: readonly string[],
  runs: number,
  visit: (server: DistServer, browser: GuardedContext) => Promise<T>,
  describe: (result: T) => string,
): Promise<T[][]> {
  const servers = await Promise.all(dirs.map((dir) => serveDist(dir, 0)));
  const results = dirs.map((): T[] => []);
  try {
    for (let run = 0; run < runs; run += 1) {
      const order = dirs.map((_, i) => (run % 2 === 0 ? i : dirs.length - 1 - i));
      for (const i of order) {
        const server = servers[i];
        if (server === undefined) continue;
        const browser = await launchGuarded({
          origin: server.origin,
          observeOnly: true,
          measuresSpeed: true,
        });
        try {
          const result = await visit(server, browser);
          results[i]?.push(result);
          console.log(`run ${run + 1}/${runs} ${dirs[i]}: ${describe(result)}`);
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await Promise.all(servers.map((server) => server.close()));
  }
  return results;
}
