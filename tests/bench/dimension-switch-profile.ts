// Where the time of a Dimensions indicator switch goes: opens the built app (dist/, or E2E_DIST_DIR) on the
// Dimensions view, switches through every indicator once (so the switches that follow draw from memory), then
// records a CPU profile and a timeline trace over 20 switches timed as the browser test times them
// (tests/e2e/helpers/indicator-switch.ts), and prints the engine's queries during them (the app's `papi:sql`
// measures) and where the time went (switch-profile-report.ts).
// Run: npx tsx tests/bench/dimension-switch-profile.ts   (after a build; a diagnosis tool, not a gate)
import { waitForDataReady } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import { timeIndicatorSwitches } from '../e2e/helpers/indicator-switch.ts';
import { DIST_DIR, startStaticServer } from '../e2e/helpers/server.ts';
import { printSwitchBreakdown, startSwitchRecording } from './switch-profile-report.ts';

async function main(): Promise<void> {
  const root = process.env.E2E_DIST_DIR ?? DIST_DIR;
  const server = await startStaticServer({ root });
  const browser = await launchGuarded({ origin: server.origin });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}?view=dimensions&province=P43&indicator=total&lang=vi`);
  await waitForDataReady(page);
  await timeIndicatorSwitches(page, 30);
  await page.waitForTimeout(1000);
  const sqlBefore = await page.evaluate(() => performance.getEntriesByType('measure').length);

  const stopRecording = await startSwitchRecording(await browser.context.newCDPSession(page));
  const times = { indicator: await timeIndicatorSwitches(page, 20) };
  const sql = await page.evaluate(
    (from) =>
      performance
        .getEntriesByType('measure')
        .slice(from)
        .filter((m) => m.name.startsWith('papi:sql'))
        .map((m) => `${m.duration.toFixed(1)} ms ${m.name.slice(0, 140).replace(/\s+/g, ' ')}`),
    sqlBefore,
  );
  console.log(`engine queries during 20 switches: ${sql.length}`);
  for (const line of sql.slice(0, 30)) console.log(`  ${line}`);
  printSwitchBreakdown(times, await stopRecording(), root);
  await browser.close();
  await server.close();
}

await main();
