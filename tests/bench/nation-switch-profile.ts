// Where the time of a Nationwide switch goes: opens the built app (dist/, or E2E_DIST_DIR) in the tests' Chromium,
// shows every indicator and year once (so the switches that follow are "after the first load"), then records a
// CPU profile and a timeline trace over indicator and year switches, each timed as the browser test times it
// (tests/e2e/helpers/nation-switch.ts), and prints where the time went (switch-profile-report.ts).
// Run: npx tsx tests/bench/nation-switch-profile.ts [indicator|year]   (after a build; a diagnosis tool, not a gate)
import { waitForDataReady } from '../e2e/helpers/app.ts';
import { launchGuarded } from '../e2e/helpers/browser.ts';
import {
  NATION_SWITCH_SEL,
  SWITCH_INDICATORS,
  SWITCH_YEARS,
  timeIndicatorSwitch,
  timeYearSwitch,
} from '../e2e/helpers/nation-switch.ts';
import { DIST_DIR, startStaticServer } from '../e2e/helpers/server.ts';
import { printSwitchBreakdown, startSwitchRecording } from './switch-profile-report.ts';

async function main(): Promise<void> {
  const root = process.env.E2E_DIST_DIR ?? DIST_DIR;
  const server = await startStaticServer({ root });
  const browser = await launchGuarded({ origin: server.origin });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}?view=nation&province=P43&year=2024&indicator=2&lang=vi`);
  await waitForDataReady(page);
  await page.locator(`${NATION_SWITCH_SEL.map} canvas`).first().waitFor({ timeout: 60_000 });
  const codes = SWITCH_INDICATORS;
  const years = SWITCH_YEARS;
  for (const code of codes) await timeIndicatorSwitch(page, code);
  for (const year of years) await timeYearSwitch(page, year);
  await page.waitForTimeout(1000);

  const kind = process.argv[2] ?? 'both';
  const stopRecording = await startSwitchRecording(await browser.context.newCDPSession(page));
  const times: Record<string, number[]> = { indicator: [], year: [] };
  if (kind !== 'year')
    for (let i = 0; i < 18; i++)
      times.indicator?.push(await timeIndicatorSwitch(page, codes[i % codes.length] ?? 'total'));
  if (kind !== 'indicator')
    for (let i = 0; i < 10; i++)
      times.year?.push(await timeYearSwitch(page, years[i % years.length] ?? 2024));
  printSwitchBreakdown(times, await stopRecording(), root);
  await browser.close();
  await server.close();
}

await main();
