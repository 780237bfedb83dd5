// One cold load of the built app in headless Chromium, printing where the time went: the app's
// performance marks and measures (engine stages, each SQL statement of the load), resource timings
// and the timeline the benchmark reads. Run after a build: npx tsx tests/bench/trace-load.ts
import {
  readTimeline,
  READER_GOES_TO_CHART_SCRIPT,
  TIMELINE_INIT_SCRIPT,
  waitForApp,
  type Timeline,
} from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { startStaticServer } from '../e2e/helpers/server.ts';

interface Entry {
  name: string;
  type: string;
  start: number;
  duration: number;
}

async function main(): Promise<void> {
  const server = await startStaticServer();
  const b = await launchGuarded({ origin: server.origin, measuresSpeed: true });
  try {
    await b.context.addInitScript(TIMELINE_INIT_SCRIPT);
    await b.context.addInitScript(READER_GOES_TO_CHART_SCRIPT);
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(server.url, { waitUntil: 'load' });
    await waitForApp(page);
    await page
      .waitForFunction(
        () => (window as unknown as { __papiTimeline?: Timeline }).__papiTimeline?.chart != null,
        null,
        {
          timeout: 30_000,
        },
      )
      .catch(() => undefined);
    const entries = await page.evaluate(() =>
      performance
        .getEntries()
        .filter((e) => ['mark', 'measure', 'resource', 'paint'].includes(e.entryType))
        .map((e) => ({ name: e.name, type: e.entryType, start: e.startTime, duration: e.duration })),
    );
    const timeline = await readTimeline(page);
    const rows = (entries as Entry[]).sort((a, b) => a.start - b.start);
    for (const e of rows) {
      const name = e.type === 'resource' ? new URL(e.name).pathname : e.name;
      console.log(
        `${e.start.toFixed(0).padStart(6)} ${(e.start + e.duration).toFixed(0).padStart(6)} ${e.duration
          .toFixed(1)
          .padStart(8)}  ${e.type.padEnd(8)} ${name.slice(0, 110)}`,
      );
    }
    console.log(JSON.stringify(timeline));
    console.log('requests:', server.requests.join(' '));
    console.log('problems:', JSON.stringify(b.problems));
  } finally {
    await b.close();
    await server.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
